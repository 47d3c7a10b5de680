namespace HookSuite.Core.Run;

/// <summary>One line of <c>runs.jsonl</c>: where a run on the box came from and how it ended.</summary>
public sealed record RunRecord(
    string RunId,
    DateTimeOffset Time,
    string Host,
    string User,
    IReadOnlyList<string> Command,
    string DeployRef,
    string Commit,
    string TreeId,
    IReadOnlyList<string> Dirty,
    IReadOnlyList<string> Bypassed,
    string Validation,
    int? ExitCode,
    long DurationMs);
