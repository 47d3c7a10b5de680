namespace HookSuite.Core.Python;

/// <summary>The kinds of Python token the structural parser needs.</summary>
public enum TokenKind { Name, Number, String, Op, Newline, Indent, Dedent, EndOfFile }

/// <summary>One token: its kind, its text (for strings, the whole literal with prefix and quotes) and 1-based position.</summary>
public readonly record struct Token(TokenKind Kind, string Text, int Line, int Column)
{
    public bool IsName(string name) => Kind == TokenKind.Name && Text == name;

    public bool IsOp(string op) => Kind == TokenKind.Op && Text == op;

    public override string ToString() => $"{Kind}:{Text}@{Line}:{Column}";
}
