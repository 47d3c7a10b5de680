namespace HookSuite.Core.Python;

/// <summary>
/// Groups tokens into statements and blocks: compound headers end at the ':' outside brackets and lambdas, bodies
/// are an indented block or simple statements after the colon; ';' separates simple statements. Soft keywords
/// (<c>match</c>, <c>case</c>) are recognised by shape, so they stay usable as names.
/// </summary>
public sealed class StatementParser
{
    private static readonly HashSet<string> CompoundKeywords =
        ["if", "elif", "else", "for", "while", "try", "except", "finally", "with", "def", "class"];

    private const int MaxBlockDepth = 500;

    private readonly TokenSlice _tokens;
    private int _pos;

    private StatementParser(TokenSlice tokens) => _tokens = tokens;

    public static List<Statement> Parse(TokenSlice tokens)
    {
        var parser = new StatementParser(tokens);
        var module = parser.ParseBlock(0);
        if (parser.Current.Kind != TokenKind.EndOfFile)
        {
            throw parser.Error("unexpected indent");
        }
        return module;
    }

    private Token Current => _tokens[Math.Min(_pos, _tokens.Count - 1)];

    private PythonSyntaxException Error(string message) => new(message, Current.Line, Current.Column);

    private List<Statement> ParseBlock(int depth)
    {
        if (depth > MaxBlockDepth)
        {
            throw Error("too many statically nested blocks");
        }
        var statements = new List<Statement>();
        while (Current.Kind is not (TokenKind.Dedent or TokenKind.EndOfFile))
        {
            if (Current.Kind == TokenKind.Indent)
            {
                throw Error("unexpected indent");
            }
            if (Current.Kind == TokenKind.Newline)
            {
                _pos++;
                continue;
            }
            ParseStatement(statements, depth);
        }
        return statements;
    }

    private TokenSlice ReadLine()
    {
        var start = _pos;
        while (Current.Kind is not (TokenKind.Newline or TokenKind.EndOfFile))
        {
            if (Current.Kind is TokenKind.Indent or TokenKind.Dedent)
            {
                throw Error("unexpected indentation inside a statement");
            }
            _pos++;
        }
        var end = Math.Min(_pos, _tokens.Count - 1);
        if (Current.Kind == TokenKind.Newline)
        {
            _pos++;
        }
        return _tokens.GetRange(start, Math.Max(0, end - start));
    }

    private void ParseStatement(List<Statement> into, int depth)
    {
        List<TokenSlice>? decorators = null;
        while (Current.IsOp("@"))
        {
            var decorator = ReadLine();
            (decorators ??= []).Add(decorator.From(1));
            while (Current.Kind == TokenKind.Newline)
            {
                _pos++;
            }
        }

        var line = ReadLine();
        if (line.Count == 0)
        {
            if (decorators is not null)
            {
                throw Error("a decorator must be followed by a def or class");
            }
            return;
        }

        var isAsync = line[0].IsName("async") && line.Count > 1 && line[1].Kind == TokenKind.Name && line[1].Text is "def" or "for" or "with";
        var head = isAsync ? line[1] : line[0];
        var keyword = CompoundKeyword(line, isAsync ? 1 : 0);
        if (keyword is null)
        {
            if (decorators is not null)
            {
                throw new PythonSyntaxException("a decorator must be followed by a def or class", head.Line, head.Column);
            }
            AddSimple(line, into);
            return;
        }

        var headerStart = isAsync ? 2 : 1;
        var colon = HeaderColon(line, headerStart);
        if (colon < 0)
        {
            throw new PythonSyntaxException($"expected ':' after '{keyword}'", line[^1].Line, line[^1].Column);
        }
        var statement = new Statement(keyword, line.GetRange(headerStart, colon - headerStart))
        {
            IsAsync = isAsync,
            Line = head.Line,
            Column = head.Column,
        };
        if (decorators is not null)
        {
            statement.SetDecorators(decorators);
        }
        if (decorators is not null && keyword is not ("def" or "class"))
        {
            throw new PythonSyntaxException("a decorator must be followed by a def or class", head.Line, head.Column);
        }
        into.Add(statement);

        if (colon < line.Count - 1)
        {
            var body = new List<Statement>();
            AddSimple(line.GetRange(colon + 1, line.Count - colon - 1), body);
            statement.AddToBody(body);
            return;
        }
        if (Current.Kind != TokenKind.Indent)
        {
            throw Error($"expected an indented block after '{keyword}' on line {head.Line}");
        }
        _pos++;
        statement.AddToBody(ParseBlock(depth + 1));
        if (Current.Kind == TokenKind.Dedent)
        {
            _pos++;
        }
    }

    /// <summary>The compound keyword a line starts with, or null for a simple statement.</summary>
    private string? CompoundKeyword(TokenSlice line, int at)
    {
        var first = line[at];
        if (first.Kind != TokenKind.Name)
        {
            return null;
        }
        if (CompoundKeywords.Contains(first.Text))
        {
            return first.Text;
        }
        // Soft keywords: `match x:` / `case p:` open a block; `match = 1`, `match(x)`, `case.attr` are names.
        if (first.Text is "match" or "case" && line.Count > at + 2 && line[^1].IsOp(":") && Current.Kind == TokenKind.Indent)
        {
            var second = line[at + 1];
            var looksLikeName = second.Kind == TokenKind.Op && second.Text is "=" or ":" or "." or "," or ")" or "]" or "}"
                or "+=" or "-=" or "*=" or "/=" or "//=" or "%=" or "@=" or "&=" or "|=" or "^=" or ">>=" or "<<=" or "**=" or ";";
            return looksLikeName ? null : first.Text;
        }
        return null;
    }

    /// <summary>The index of the ':' ending a compound header: outside brackets and not a lambda's colon.</summary>
    private static int HeaderColon(TokenSlice line, int start)
    {
        var depth = 0;
        var lambdas = 0;
        for (var i = start; i < line.Count; i++)
        {
            var token = line[i];
            if (token.Kind == TokenKind.Op)
            {
                switch (token.Text)
                {
                    case "(" or "[" or "{": depth++; break;
                    case ")" or "]" or "}": depth--; break;
                    case ":" when depth == 0:
                        if (lambdas > 0)
                        {
                            lambdas--;
                            break;
                        }
                        return i;
                }
            }
            else if (depth == 0 && token.IsName("lambda"))
            {
                lambdas++;
            }
        }
        return -1;
    }

    /// <summary>Adds the simple statements of a line, split at ';' (the common line has none: nothing is allocated but the statement).</summary>
    private static void AddSimple(TokenSlice tokens, List<Statement> into)
    {
        if (!tokens.Exists(t => t.Kind == TokenKind.Op && t.Text == ";"))
        {
            into.Add(new Statement("simple", tokens) { Line = tokens[0].Line, Column = tokens[0].Column });
            return;
        }
        foreach (var part in TokenRanges.SplitAtDepth(tokens, ";"))
        {
            if (part.Count > 0)
            {
                into.Add(new Statement("simple", part) { Line = part[0].Line, Column = part[0].Column });
            }
        }
    }
}
