namespace HookSuite.Core.Git;

/// <summary>Every git argv HookSuite runs, in one place.</summary>
public static class GitArgs
{
    /// <summary>
    /// Status of index and working tree. --no-optional-locks keeps git from writing its refreshed stat
    /// data back into the index: HookSuite promises to leave the index file byte-identical.
    /// </summary>
    public static IReadOnlyList<string> Status() =>
        ["--no-optional-locks", "status", "--porcelain=v2", "-z", "--untracked-files=all"];

    /// <summary>
    /// Fetches exactly one branch into its remote-tracking ref. No FETCH_HEAD, no tags, no auto-gc or
    /// maintenance: the remote-tracking ref is the only thing a HookSuite command may change.
    /// </summary>
    public static IReadOnlyList<string> FetchBranch(string remote, string branch, string trackingRef) =>
    [
        "-c", "gc.auto=0", "-c", "maintenance.auto=false",
        "fetch", "--quiet", "--no-tags", "--no-write-fetch-head", "--no-auto-maintenance", "--no-recurse-submodules",
        remote, $"+refs/heads/{branch}:{trackingRef}",
    ];

    /// <summary>Hashes working-tree files the way `git add` would (clean filters, eol conversion), paths on stdin.</summary>
    public static IReadOnlyList<string> HashObjectsFromStdin() => ["hash-object", "--stdin-paths"];

    // Settings that would make a checkout into a snapshot dir partial or consult the user's worktree.
    private static readonly string[] PlainCheckout =
    [
        "-c", "core.sparseCheckout=false", "-c", "core.sparseCheckoutCone=false", "-c", "index.sparse=false",
        "-c", "core.fsmonitor=false", "-c", "core.untrackedCache=false", "-c", "submodule.recurse=false",
    ];

    /// <summary>Checks a tree out into the (separate) work tree and index given: only entries that changed are rewritten.</summary>
    public static IReadOnlyList<string> ReadTreeInto(string treeId) => [.. PlainCheckout, "read-tree", "--reset", "-u", treeId];

    /// <summary>Tracked files of the snapshot dir that something (a validator) modified since checkout.</summary>
    public static IReadOnlyList<string> ModifiedFiles() => [.. PlainCheckout, "diff-files", "--name-only", "-z"];

    /// <summary>Rewrites the files named on stdin (NUL-separated) from the index.</summary>
    public static IReadOnlyList<string> RestoreFilesFromStdin() => [.. PlainCheckout, "checkout-index", "-f", "-z", "--stdin"];

    /// <summary>Removes every file of the snapshot dir that the tree does not have (validator output, caches).</summary>
    public static IReadOnlyList<string> RemoveUntracked() => [.. PlainCheckout, "clean", "-ffdxq"];

    /// <summary>The submodule paths a tree's .gitmodules declares.</summary>
    public static IReadOnlyList<string> SubmodulePaths(string treeId) =>
        ["config", "--blob", $"{treeId}:.gitmodules", "-z", "--get-regexp", @"^submodule\..*\.path$"];

    /// <summary>Tracked and untracked-but-not-ignored files, tagged (H = tracked, ? = untracked).</summary>
    public static IReadOnlyList<string> ListPythonFiles() =>
        ["ls-files", "-z", "-t", "--cached", "--others", "--exclude-standard", "--deduplicate", "--", "*.py"];

    /// <summary>Asks the remote whether a branch exists, without fetching anything.</summary>
    public static IReadOnlyList<string> RemoteHasBranch(string remote, string branch) =>
        ["ls-remote", "--heads", "--exit-code", remote, "refs/heads/" + branch];

    /// <summary>Every Python file on disk that git ignores (they will not exist on a fresh box).</summary>
    public static IReadOnlyList<string> ListIgnoredPythonFiles() =>
        ["ls-files", "-z", "--others", "--ignored", "--exclude-standard", "--", "*.py"];

    public static IReadOnlyList<string> TreeOf(string commit) => ["rev-parse", "--verify", "--quiet", commit + "^{tree}"];

    public static IReadOnlyList<string> IsAncestor(string ancestor, string descendant) => ["merge-base", "--is-ancestor", ancestor, descendant];

}
