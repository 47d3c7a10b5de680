namespace HookSuite.Core.Python;

/// <summary>Slicing token lists the structural parse needs everywhere: dotted names, matching brackets, splits outside brackets.</summary>
public static class TokenRanges
{
    /// <summary>Reads NAME(.NAME)* from <paramref name="start"/>; returns the dotted text and the index after it.</summary>
    public static (string? Name, int End) Dotted(TokenSlice tokens, int start)
    {
        if (start >= tokens.Count || tokens[start].Kind != TokenKind.Name || ModuleParser.Keywords.Contains(tokens[start].Text))
        {
            return (null, start);
        }
        var i = start + 1;
        while (i + 1 < tokens.Count && tokens[i].IsOp(".") && tokens[i + 1].Kind == TokenKind.Name)
        {
            i += 2;
        }
        if (i == start + 1)
        {
            return (tokens[start].Text, i);
        }
        var parts = new string[(i - start + 1) / 2];
        for (var k = 0; k < parts.Length; k++)
        {
            parts[k] = tokens[start + 2 * k].Text;
        }
        return (string.Join('.', parts), i);
    }

    public static int MatchingClose(TokenSlice tokens, int open)
    {
        var depth = 0;
        for (var i = open; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Op)
            {
                continue;
            }
            if (tokens[i].Text is "(" or "[" or "{")
            {
                depth++;
            }
            else if (tokens[i].Text is ")" or "]" or "}" && --depth == 0)
            {
                return i;
            }
        }
        return tokens.Count - 1;
    }

    public static int IndexAtDepth(TokenSlice tokens, Func<Token, bool> predicate)
    {
        var depth = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Op && token.Text is "(" or "[" or "{")
            {
                depth++;
            }
            else if (token.Kind == TokenKind.Op && token.Text is ")" or "]" or "}")
            {
                depth--;
            }
            else if (depth == 0 && predicate(token))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The parts between <paramref name="separator"/>s outside brackets; a trailing empty part is dropped.</summary>
    public static List<TokenSlice> SplitAtDepth(TokenSlice tokens, string separator)
    {
        var parts = new List<TokenSlice>();
        var start = 0;
        var depth = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Op)
            {
                continue;
            }
            if (token.Text is "(" or "[" or "{")
            {
                depth++;
            }
            else if (token.Text is ")" or "]" or "}")
            {
                depth--;
            }
            else if (depth == 0 && token.Text == separator)
            {
                parts.Add(tokens.GetRange(start, i - start));
                start = i + 1;
            }
        }
        if (start < tokens.Count || parts.Count == 0)
        {
            parts.Add(tokens.From(start));
        }
        return parts;
    }
}
