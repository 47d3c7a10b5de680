using HookSuite.Core.Git;
using HookSuite.Core.Processes;
using LibGit2Sharp;

namespace HookSuite.Core.Python;

/// <summary>Builds <see cref="SourceTree"/>s over a git tree (blobs straight from the object database) or the working tree.</summary>
public static class GitSourceTrees
{
    static GitSourceTrees() =>
        // Blobs are read only to be analysed, never written back: skipping libgit2's re-hash of every object
        // (SHA-1 with collision detection) saves about a third of the read time, as git's own reads do.
        GlobalSettings.SetStrictHashVerification(false);

    public static SourceTree FromTree(Repository repo, string treeId, string label, ParseCache? cache = null)
    {
        var tree = repo.Lookup<Tree>(treeId);
        var blobs = new Dictionary<string, Blob>(StringComparer.Ordinal);
        var directories = new List<string>();
        Collect(tree, "", blobs, directories);
        return new SourceTree(label, blobs.Keys, path => blobs.TryGetValue(path, out var blob) ? Bytes(blob) : null,
            path => blobs.TryGetValue(path, out var blob) ? blob.Sha : null, directories)
        { Cache = cache };
    }

    /// <summary>The blob's bytes in one array of the exact size (a growing buffer would allocate a big file several times).</summary>
    private static byte[] Bytes(Blob blob)
    {
        var bytes = new byte[blob.Size];
        using var stream = blob.GetContentStream();
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static void Collect(Tree tree, string prefix, Dictionary<string, Blob> into, List<string> directories)
    {
        foreach (var entry in tree)
        {
            if (entry.TargetType == TreeEntryTargetType.Tree)
            {
                directories.Add(prefix + entry.Name);
                Collect((Tree)entry.Target, prefix + entry.Name + "/", into, directories);
            }
            else if (entry.TargetType == TreeEntryTargetType.Blob && entry.Mode != Mode.SymbolicLink && entry.Name.EndsWith(".py", StringComparison.Ordinal))
            {
                into[prefix + entry.Name] = (Blob)entry.Target;
            }
        }
    }

    /// <summary>Tracked and untracked (not ignored) Python files as they are on disk, and which of them git tracks.</summary>
    public static async Task<(SourceTree Tree, HashSet<string> Tracked)> FromWorkTreeAsync(
        RepositoryLocation location, ProcessRunner runner, CancellationToken cancellationToken, bool includeIgnored = false)
    {
        var git = new GitCli(location, runner);
        var output = await git.ReadAsync(GitArgs.ListPythonFiles(), TimeSpan.FromMinutes(2), cancellationToken);
        if (includeIgnored)
        {
            output += await git.ReadAsync(GitArgs.ListIgnoredPythonFiles(), TimeSpan.FromMinutes(2), cancellationToken) is { Length: > 0 } ignored
                ? "\0" + string.Join('\0', ignored.Split('\0', StringSplitOptions.RemoveEmptyEntries).Select(p => "? " + p))
                : "";
        }
        var tracked = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<string>();
        foreach (var record in output.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            // `git ls-files -t`: "H path" for tracked (cached), "? path" for untracked.
            var path = record[2..];
            if (!path.EndsWith(".py", StringComparison.Ordinal))
            {
                continue;
            }
            files.Add(path);
            if (record[0] != '?')
            {
                tracked.Add(path);
            }
        }
        var tree = new SourceTree("your working tree", files.Distinct(StringComparer.Ordinal), path =>
        {
            var full = Path.Combine(location.WorkTree, path);
            return File.Exists(full) ? File.ReadAllBytes(full) : null;
        });
        return (tree, tracked);
    }
}
