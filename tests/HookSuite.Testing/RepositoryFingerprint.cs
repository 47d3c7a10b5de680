using System.Security.Cryptography;
using System.Text;

namespace HookSuite.Testing;

/// <summary>
/// A hash of everything HookSuite promises never to change: working-tree bytes (and modes and links), the
/// index, HEAD, every ref and reflog except remote-tracking ones, the stash and the config.
/// Objects and remote-tracking refs are left out: `git fetch` may legitimately add to them.
/// </summary>
public sealed record RepositoryFingerprint(IReadOnlyDictionary<string, string> Entries)
{
    // hooksuite/ is HookSuite's own state (snapshots, cache, run records), kept apart from the user's data.
    private static readonly string[] MayChange = ["objects/", "refs/remotes/", "logs/refs/remotes/", "FETCH_HEAD", "hooksuite/"];

    public static RepositoryFingerprint Of(string workTree)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var commonDir = Path.GetFullPath(Shell.Git(workTree, "rev-parse", "--git-common-dir").Trim(), workTree);
        var gitDir = Path.GetFullPath(Shell.Git(workTree, "rev-parse", "--git-dir").Trim(), workTree);
        AddTree(entries, "work:", workTree, skip: rel => rel == ".git" || rel.StartsWith(".git/", StringComparison.Ordinal));
        AddTree(entries, "git:", commonDir, skip: rel => MayChange.Any(p => rel.StartsWith(p, StringComparison.Ordinal) || rel + "/" == p));
        if (gitDir != commonDir)
        {
            AddTree(entries, "worktree-git:", gitDir, skip: _ => false);
        }
        return new RepositoryFingerprint(entries);
    }

    private static void AddTree(SortedDictionary<string, string> entries, string prefix, string root, Func<string, bool> skip)
    {
        var pending = new Stack<string>([root]);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            foreach (var path in Directory.EnumerateFileSystemEntries(dir))
            {
                var rel = Path.GetRelativePath(root, path).Replace('\\', '/');
                if (skip(rel))
                {
                    continue;
                }
                var info = new FileInfo(path);
                if (info.LinkTarget is { } target)
                {
                    entries[prefix + rel] = "link:" + target;
                }
                else if (Directory.Exists(path))
                {
                    entries[prefix + rel + "/"] = "dir";
                    pending.Push(path);
                }
                else
                {
                    var mode = OperatingSystem.IsWindows() ? "" : File.GetUnixFileMode(path).ToString();
                    entries[prefix + rel] = mode + ":" + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
                }
            }
        }
    }

    /// <summary>The entries that differ, for a readable assertion message.</summary>
    public string DifferencesFrom(RepositoryFingerprint other)
    {
        var keys = Entries.Keys.Union(other.Entries.Keys).Where(k =>
            !Entries.TryGetValue(k, out var a) || !other.Entries.TryGetValue(k, out var b) || a != b);
        var builder = new StringBuilder();
        foreach (var key in keys)
        {
            builder.AppendLine(key);
        }
        return builder.ToString();
    }

    public bool SameAs(RepositoryFingerprint other) => DifferencesFrom(other).Length == 0;
}
