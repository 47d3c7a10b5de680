namespace HookSuite.Core.Processes;

/// <summary>What a finished (or timed-out) child process left behind.</summary>
public sealed record ProcessResult(
    string Program,
    IReadOnlyList<string> Arguments,
    int ExitCode,
    string StandardOutput,
    string StandardError,
    bool TimedOut,
    TimeSpan Duration)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;
}
