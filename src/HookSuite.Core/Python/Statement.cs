namespace HookSuite.Core.Python;

/// <summary>
/// One statement of the structural parse: a simple statement's tokens, or a compound statement's header
/// (keyword through to, not including, its ':') with its body and decorators.
/// </summary>
public sealed class Statement(string keyword, TokenSlice tokens)
{
    /// <summary>"simple" or the compound keyword: if, elif, else, for, while, try, except, finally, with, def, class, match, case.</summary>
    public string Keyword { get; } = keyword;

    /// <summary>Simple: the whole statement. Compound: the header after the keyword (and after <c>async</c>).</summary>
    public TokenSlice Tokens { get; } = tokens;

    private static readonly List<Statement> NoStatements = [];
    private static readonly List<TokenSlice> NoDecorators = [];
    private List<Statement>? _body;
    private List<TokenSlice>? _decorators;

    /// <summary>The block (empty for a simple statement: most statements, so it is allocated only when there is one).</summary>
    public IReadOnlyList<Statement> Body => _body ?? NoStatements;

    /// <summary>Each decorator's expression, after the '@'.</summary>
    public IReadOnlyList<TokenSlice> Decorators => _decorators ?? NoDecorators;

    internal void AddToBody(Statement statement) => (_body ??= []).Add(statement);

    internal void AddToBody(List<Statement> statements) => _body = _body is null ? statements : [.. _body, .. statements];

    internal void SetDecorators(List<TokenSlice> decorators) => _decorators = decorators.Count > 0 ? decorators : null;

    public bool IsAsync { get; init; }

    public int Line { get; init; }

    public int Column { get; init; }

    public bool IsSimple => Keyword == "simple";
}
