namespace HookSuite.Core.Errors;

/// <summary>A problem the user can fix: its message is the one line they see, its exit code is documented.</summary>
public class HookSuiteException(string message, int exitCode = ExitCodes.CannotCheck, Exception? inner = null)
    : Exception(message, inner)
{
    public int ExitCode { get; } = exitCode;
}
