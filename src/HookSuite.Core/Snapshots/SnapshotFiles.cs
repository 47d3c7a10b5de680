using LibGit2Sharp;

namespace HookSuite.Core.Snapshots;

/// <summary>Reads files of a snapshot straight from the object database (no checkout).</summary>
public sealed class SnapshotFiles(Repository repo, Snapshot snapshot)
{
    private Tree Tree => repo.Lookup<Tree>(snapshot.TreeId);

    /// <summary>The file's text as committed (no eol conversion), or null when the snapshot has no such file.</summary>
    public string? ReadText(string path) =>
        Tree[path]?.Target is Blob blob ? blob.GetContentText() : null;

    /// <summary>Every file path in the snapshot (blobs and links; submodules excluded).</summary>
    public IEnumerable<string> Paths() => Walk(Tree, "");

    private static IEnumerable<string> Walk(Tree tree, string prefix)
    {
        foreach (var entry in tree)
        {
            var path = prefix + entry.Name;
            if (entry.TargetType == TreeEntryTargetType.Tree)
            {
                foreach (var child in Walk((Tree)entry.Target, path + "/"))
                {
                    yield return child;
                }
            }
            else if (entry.TargetType == TreeEntryTargetType.Blob)
            {
                yield return path;
            }
        }
    }
}
