namespace HookSuite.Core.Processes;

/// <summary>One child process to run: argv as a list, never a concatenated string.</summary>
public sealed record ProcessRequest(string Program, IReadOnlyList<string> Arguments)
{
    public string? WorkingDirectory { get; init; }

    /// <summary>Killed (with its whole tree) once this elapses; the result then says TimedOut.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Keep only the last this-many characters of each stream (for chatty validators).</summary>
    public int MaxOutputChars { get; init; } = int.MaxValue / 4;

    /// <summary>Text written to the child's standard input (then closed); none when null.</summary>
    public string? StandardInput { get; init; }

    /// <summary>Variables to set on top of the child environment; a null value removes the variable.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();
}
