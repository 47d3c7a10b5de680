namespace HookSuite.Core.Python;

/// <summary>
/// One statement of the structural parse: a simple statement's tokens, or a compound statement's header
/// (keyword through to, not including, its ':') with its body and decorators.
/// </summary>
public sealed class Statement(string keyword, List<Token> tokens)
{
    /// <summary>"simple" or the compound keyword: if, elif, else, for, while, try, except, finally, with, def, class, match, case.</summary>
    public string Keyword { get; } = keyword;

    /// <summary>Simple: the whole statement. Compound: the header after the keyword (and after <c>async</c>).</summary>
    public List<Token> Tokens { get; } = tokens;

    public List<Statement> Body { get; } = [];

    public List<List<Token>> Decorators { get; } = [];

    public bool IsAsync { get; init; }

    public int Line { get; init; }

    public int Column { get; init; }

    public bool IsSimple => Keyword == "simple";
}
