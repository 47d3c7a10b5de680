namespace HookSuite.Core.Python;

/// <summary>Slicing token lists the structural parse needs everywhere: dotted names, matching brackets, splits outside brackets.</summary>
public static class TokenRanges
{
    /// <summary>Reads NAME(.NAME)* from <paramref name="start"/>; returns the dotted text and the index after it.</summary>
    public static (string? Name, int End) Dotted(List<Token> tokens, int start)
    {
        if (start >= tokens.Count || tokens[start].Kind != TokenKind.Name || ModuleParser.Keywords.Contains(tokens[start].Text))
        {
            return (null, start);
        }
        var parts = new List<string> { tokens[start].Text };
        var i = start + 1;
        while (i + 1 < tokens.Count && tokens[i].IsOp(".") && tokens[i + 1].Kind == TokenKind.Name)
        {
            parts.Add(tokens[i + 1].Text);
            i += 2;
        }
        return (string.Join('.', parts), i);
    }

    public static int MatchingClose(List<Token> tokens, int open)
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

    public static int IndexAtDepth(List<Token> tokens, Func<Token, bool> predicate)
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

    public static List<List<Token>> SplitAtDepth(List<Token> tokens, string separator)
    {
        var parts = new List<List<Token>>();
        var current = new List<Token>();
        var depth = 0;
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Op)
            {
                if (token.Text is "(" or "[" or "{")
                {
                    depth++;
                }
                else if (token.Text is ")" or "]" or "}")
                {
                    depth--;
                }
                else if (token.Text == separator && depth == 0)
                {
                    parts.Add(current);
                    current = [];
                    continue;
                }
            }
            current.Add(token);
        }
        if (current.Count > 0 || parts.Count == 0)
        {
            parts.Add(current);
        }
        return parts;
    }
}
