using HookSuite.Core.Errors;
using LibGit2Sharp;

namespace HookSuite.Core.Snapshots;

/// <summary>Turns a revision or the index into a <see cref="Snapshot"/> without touching the working tree or index file.</summary>
public static class SnapshotResolver
{
    public static Snapshot FromRevision(Repository repo, string revision, string? name = null)
    {
        Commit? commit;
        try
        {
            commit = repo.Lookup<Commit>(revision);
        }
        catch (LibGit2SharpException)
        {
            commit = null;
        }
        if (commit is null)
        {
            throw new HookSuiteException(
                $"revision '{revision}' does not exist here — pass a branch, tag or commit that `git log` shows (fetch it first if it is remote)");
        }
        return new Snapshot(SnapshotKind.Commit, $"{name ?? revision} @ {commit.Sha[..7]}", commit.Tree.Sha, commit.Sha, name ?? revision);
    }

    /// <summary>
    /// The tree `git commit` would record. The tree objects are written to the object database (as
    /// `git write-tree` would) but the index file itself is never written.
    /// </summary>
    public static Snapshot FromIndex(Repository repo)
    {
        var index = repo.Index;
        if (index.Conflicts.Any())
        {
            throw new HookSuiteException(
                $"the index has unresolved conflicts ({string.Join(", ", index.Conflicts.Select(c => (c.Ours ?? c.Theirs ?? c.Ancestor).Path).Take(3))}) — resolve them and `git add` the files first");
        }
        var tree = repo.ObjectDatabase.CreateTree(index);
        return new Snapshot(SnapshotKind.Index, "the staged index", tree.Sha, null, "");
    }
}
