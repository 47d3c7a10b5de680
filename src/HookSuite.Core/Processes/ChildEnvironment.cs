namespace HookSuite.Core.Processes;

/// <summary>The environment every child process gets: git's per-repository variables removed, HOOKSUITE=0 set.</summary>
public static class ChildEnvironment
{
    // Inside a hook git exports these for *its* repository; a nested git must not inherit them or it
    // reads the wrong repository or index. We pass the repository explicitly instead.
    public static readonly IReadOnlyList<string> RepositoryVariables =
    [
        "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_PREFIX", "GIT_COMMON_DIR",
        "GIT_NAMESPACE", "GIT_CEILING_DIRECTORIES", "GIT_DISCOVERY_ACROSS_FILESYSTEM",
    ];

    /// <summary>Base variables for a child; callers add their own on top.</summary>
    public static Dictionary<string, string?> Create()
    {
        var env = new Dictionary<string, string?>(StringComparer.Ordinal) { ["HOOKSUITE"] = "0" };
        foreach (var name in RepositoryVariables)
        {
            env[name] = null;
        }
        return env;
    }
}
