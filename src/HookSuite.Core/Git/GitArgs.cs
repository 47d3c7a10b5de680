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

    public static IReadOnlyList<string> ConfigGet(string key) => ["config", "--get", key];
}
