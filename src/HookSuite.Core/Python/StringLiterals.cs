namespace HookSuite.Core.Python;

/// <summary>The value of a plain string literal token (for __all__, __slots__, hasattr): null for f-strings or escapes.</summary>
public static class StringLiterals
{
    public static string? Value(string literal)
    {
        var start = 0;
        while (start < literal.Length && literal[start] is not ('"' or '\''))
        {
            if (literal[start] is 'f' or 'F' or 'b' or 'B' or 't' or 'T')
            {
                return null;
            }
            start++;
        }
        var quote = literal[start];
        var triple = literal.Length - start >= 6 && literal[start + 1] == quote && literal[start + 2] == quote;
        var width = triple ? 3 : 1;
        if (literal.Length - start < 2 * width)
        {
            return null;
        }
        var body = literal[(start + width)..^width];
        return body.Contains('\\', StringComparison.Ordinal) ? null : body;
    }
}
