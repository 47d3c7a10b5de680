using HookSuite.Core.Sync;
using LibGit2Sharp;

namespace HookSuite.Core.Python;

/// <summary>
/// Says where a thing missing from the snapshot exists only locally: in a commit not on the deploy ref, in
/// uncommitted changes to a tracked file, or in an untracked file — with the command that ships it.
/// </summary>
public sealed class LocalDiagnosis(
    Repository repo,
    string? snapshotCommit,
    string snapshotName,
    SourceTree? head,
    Lazy<(SourceTree Tree, HashSet<string> Tracked)>? workTree,
    bool snapshotIsIndex,
    FixCommands fixes) : ILocalDiagnosis
{
    public (string Where, string Fix)? Diagnose(MissingThing missing)
    {
        if (head is not null && FileHolding(head, missing) is { } committedFile)
        {
            var commit = CommitIntroducing(committedFile, Needle(missing));
            var which = commit is null ? "in commits" : $"in commit {commit.Sha[..7]} (\"{commit.MessageShort}\")";
            return ($"it exists only {which}, which {(commit is null ? "are" : "is")} not in {snapshotName}", fixes.Push);
        }
        if (workTree is not null && FileHolding(workTree.Value.Tree, missing) is { } localFile)
        {
            var tracked = workTree.Value.Tracked.Contains(localFile);
            var add = $"git add -- {FixCommands.Quote(localFile)}";
            if (snapshotIsIndex)
            {
                return (tracked ? $"it exists only in unstaged changes to {localFile}" : $"it exists only in untracked file {localFile}", add);
            }
            var ship = $"{add} && git commit && {fixes.Push}";
            return (tracked ? $"it exists only in your uncommitted changes to {localFile}" : $"it exists only in untracked file {localFile}", ship);
        }
        return null;
    }

    private static string? FileHolding(SourceTree tree, MissingThing missing)
    {
        switch (missing)
        {
            case MissingModule { Name: var name } when name.EndsWith(".py", StringComparison.Ordinal):
                return tree.HasFile(name) ? name : null;
            case MissingModule module:
                var found = new ModuleIndex(tree, module.Roots).Resolve(module.Name);
                return found?.File ?? found?.PackageDirectories.FirstOrDefault();
            case MissingName name:
                return tree.Parse(name.File) is { SyntaxError: null } symbols && (symbols.Names.Contains(name.Name) || symbols.Open) ? name.File : null;
            case MissingAttribute attribute:
                return tree.Parse(attribute.File) is { } parsed && parsed.Classes.TryGetValue(attribute.Class, out var cls)
                    && cls.Members.Contains(attribute.Attribute) ? attribute.File : null;
            default:
                return null;
        }
    }

    private static string Needle(MissingThing missing) => missing switch
    {
        MissingName name => name.Name,
        MissingAttribute attribute => attribute.Attribute,
        _ => "",
    };

    /// <summary>The oldest commit between the snapshot and HEAD whose version of the file has the thing.</summary>
    private Commit? CommitIntroducing(string file, string needle)
    {
        if (snapshotCommit is null || repo.Info.IsHeadUnborn)
        {
            return null;
        }
        var filter = new CommitFilter
        {
            IncludeReachableFrom = repo.Head.Tip,
            ExcludeReachableFrom = repo.Lookup<Commit>(snapshotCommit),
            SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Reverse,
        };
        foreach (var commit in repo.Commits.QueryBy(filter).Take(500))
        {
            if (commit[file]?.Target is Blob blob && (needle.Length == 0 || blob.GetContentText().Contains(needle, StringComparison.Ordinal)))
            {
                return commit;
            }
        }
        return null;
    }
}
