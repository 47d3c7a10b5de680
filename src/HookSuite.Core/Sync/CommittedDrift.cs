using LibGit2Sharp;

namespace HookSuite.Core.Sync;

/// <summary>Files that differ between the deploy ref's tree and HEAD's tree: what commits (not) pushed or pulled change.</summary>
public static class CommittedDrift
{
    public static IEnumerable<DriftItem> Collect(Repository repo, Commit deploy, Commit head, SyncState state, DeployRef deployRef)
    {
        if (deploy.Tree.Id == head.Tree.Id)
        {
            yield break;
        }

        var fixes = new FixCommands(deployRef);
        var kind = state switch
        {
            SyncState.Ahead => DriftKind.Unpushed,
            SyncState.Behind => DriftKind.NotPulled,
            _ => DriftKind.Diverged,
        };
        var why = state switch
        {
            SyncState.Ahead => "in commits not pushed",
            SyncState.Behind => $"{deployRef.Name} has commits not pulled",
            SyncState.Unknown => "history missing in this shallow clone",
            _ => "histories diverged",
        };

        using var changes = repo.Diff.Compare<TreeChanges>(deploy.Tree, head.Tree,
            new CompareOptions { Similarity = SimilarityOptions.Renames });
        foreach (var change in changes)
        {
            var isSubmodule = change.Mode == Mode.GitLink || change.OldMode == Mode.GitLink;
            var what = Describe(change);
            yield return new DriftItem(
                isSubmodule ? DriftKind.Submodule : kind,
                change.Path,
                $"{(isSubmodule ? "submodule commit " : "")}{what} in HEAD compared with {deployRef.Name} ({why})",
                fixes.ForCommitted(state));
        }
    }

    private static string Describe(TreeEntryChanges change) => change.Status switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Deleted => "deleted",
        ChangeKind.Renamed => $"renamed from {change.OldPath}",
        ChangeKind.TypeChanged => "type changed",
        ChangeKind.Modified when change.Oid == change.OldOid && change.Mode != change.OldMode =>
            $"mode {ModeText(change.OldMode)} → {ModeText(change.Mode)}",
        _ => "modified",
    };

    private static string ModeText(Mode mode) => Convert.ToString((int)mode, 8);
}
