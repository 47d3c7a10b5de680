namespace HookSuite.Core.Git;

/// <summary>Where one repository lives: its git dir, its working tree and the index git would use.</summary>
/// <param name="GitDir">The repository's own git dir (for a linked worktree, <c>.git/worktrees/NAME</c>).</param>
/// <param name="WorkTree">The top of the working tree, without a trailing separator.</param>
/// <param name="IndexFile">An index other than the default, when GIT_INDEX_FILE names one (as inside a hook).</param>
public sealed record RepositoryLocation(string GitDir, string WorkTree, string? IndexFile)
{
    /// <summary>The dir shared by all worktrees (objects, refs, config): where HookSuite keeps its own state.</summary>
    public string CommonDir
    {
        get
        {
            var pointer = Path.Combine(GitDir, "commondir");
            return File.Exists(pointer)
                ? Path.TrimEndingDirectorySeparator(Path.GetFullPath(File.ReadAllText(pointer).Trim(), GitDir))
                : GitDir;
        }
    }

    /// <summary>HookSuite's own folder inside the common git dir (snapshots, cache, run records).</summary>
    public string StateDir => Path.Combine(CommonDir, "hooksuite");
}
