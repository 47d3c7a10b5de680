namespace HookSuite.Core.Errors;

/// <summary>A git process that failed where HookSuite needed it to succeed.</summary>
public sealed class GitCommandException(IReadOnlyList<string> argv, int gitExitCode, string stderr)
    : HookSuiteException(Describe(argv, gitExitCode, stderr))
{
    public IReadOnlyList<string> Argv { get; } = argv;
    public int GitExitCode { get; } = gitExitCode;
    public string StandardError { get; } = stderr;

    private static string Describe(IReadOnlyList<string> argv, int exitCode, string stderr)
    {
        var reason = FirstLine(stderr);
        return $"`git {string.Join(' ', argv)}` failed with exit code {exitCode}" + (reason.Length > 0 ? $": {reason}" : "");
    }

    /// <summary>The first non-empty line of git's stderr, which is where git puts its reason.</summary>
    public static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
}
