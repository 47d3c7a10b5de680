using HookSuite.Core.Git;

namespace HookSuite.Core.Sync;

/// <summary>Turns <c>git status</c> entries into drift items: staged, unstaged, untracked, conflicted, submodules.</summary>
public static class LocalDrift
{
    public static IEnumerable<DriftItem> Collect(IEnumerable<StatusEntry> entries, DeployRef deployRef)
    {
        var fixes = new FixCommands(deployRef);
        foreach (var entry in entries)
        {
            var items = entry.Type switch
            {
                StatusEntryType.Untracked =>
                    [new DriftItem(DriftKind.Untracked, entry.Path, "untracked: not in git, so not on the box", fixes.AddAndCommit(entry.Path))],
                StatusEntryType.Unmerged =>
                    [new DriftItem(DriftKind.Conflict, entry.Path, $"unresolved merge conflict ({entry.IndexStatus}{entry.WorkTreeStatus})", fixes.ResolveConflict(entry.Path))],
                StatusEntryType.Ignored => [],
                _ when entry.IsSubmodule => Submodule(entry, fixes),
                _ => Staged(entry, fixes).Concat(Unstaged(entry, fixes)),
            };
            foreach (var item in items)
            {
                yield return item;
            }
        }
    }

    private static IEnumerable<DriftItem> Staged(StatusEntry e, FixCommands fixes)
    {
        var fix = fixes.CommitStaged;
        switch (e.IndexStatus)
        {
            case '.':
                yield break;
            case 'M' when e.HeadSha == e.IndexSha && e.HeadMode != e.IndexMode:
                yield return new DriftItem(DriftKind.Mode, e.Path, $"mode {e.HeadMode} → {e.IndexMode}, staged", fix);
                break;
            case 'A':
                yield return new DriftItem(DriftKind.Staged, e.Path, "added, staged but not committed", fix);
                break;
            case 'D':
                yield return new DriftItem(DriftKind.Deleted, e.Path, "deleted, staged but not committed", fix);
                break;
            case 'R':
                yield return new DriftItem(DriftKind.Renamed, e.Path, $"renamed from {e.OriginalPath}, staged but not committed", fix);
                break;
            case 'C':
                yield return new DriftItem(DriftKind.Staged, e.Path, $"copied from {e.OriginalPath}, staged but not committed", fix);
                break;
            case 'T':
                yield return new DriftItem(DriftKind.Staged, e.Path, "type changed, staged but not committed", fix);
                break;
            default:
                yield return new DriftItem(DriftKind.Staged, e.Path, "modified, staged but not committed", fix);
                break;
        }
    }

    private static IEnumerable<DriftItem> Unstaged(StatusEntry e, FixCommands fixes)
    {
        switch (e.WorkTreeStatus)
        {
            case '.':
                yield break;
            case 'D':
                yield return new DriftItem(DriftKind.Deleted, e.Path, "deleted in the working tree, not staged", fixes.RemoveAndCommit(e.Path));
                break;
            case 'M' when e.IndexMode != e.WorkTreeMode:
                yield return new DriftItem(DriftKind.Mode, e.Path, $"mode {e.IndexMode} → {e.WorkTreeMode}, not staged", fixes.AddAndCommit(e.Path));
                break;
            case 'T':
                yield return new DriftItem(DriftKind.Unstaged, e.Path, "type changed, not staged", fixes.AddAndCommit(e.Path));
                break;
            default:
                yield return new DriftItem(DriftKind.Unstaged, e.Path, "modified, not staged", fixes.AddAndCommit(e.Path));
                break;
        }
    }

    private static IEnumerable<DriftItem> Submodule(StatusEntry e, FixCommands fixes)
    {
        if (e.IndexStatus != '.')
        {
            yield return new DriftItem(DriftKind.Submodule, e.Path, "new submodule commit staged but not committed", fixes.CommitStaged);
        }
        if (e.SubmoduleCommitChanged)
        {
            yield return new DriftItem(DriftKind.Submodule, e.Path, "checked-out commit differs from the one recorded", fixes.SubmoduleUpdate(e.Path));
        }
        if (e.SubmoduleHasModifications)
        {
            yield return new DriftItem(DriftKind.Submodule, e.Path, "has modified files", fixes.SubmoduleInspect(e.Path));
        }
        if (e.SubmoduleHasUntracked)
        {
            yield return new DriftItem(DriftKind.Submodule, e.Path, "has untracked files", fixes.SubmoduleInspect(e.Path));
        }
    }
}
