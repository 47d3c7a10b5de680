namespace HookSuite.Core.Python;

/// <summary>Source the parser cannot read: becomes a <c>syntax-error</c> finding with its position.</summary>
public sealed class PythonSyntaxException(string message, int line, int column) : Exception(message)
{
    public int Line { get; } = line;
    public int Column { get; } = column;
}
