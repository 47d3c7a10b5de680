using LibGit2Sharp;

namespace HookSuite.Core.Sync;

/// <summary>One commit named in a report.</summary>
public sealed record CommitSummary(string Sha, string Subject);

/// <summary>Ahead/behind counts of HEAD against the deploy ref, with the first subjects on each side.</summary>
public sealed record CommitDivergence(
    SyncState State, int? Ahead, int? Behind, IReadOnlyList<CommitSummary> AheadCommits, IReadOnlyList<CommitSummary> BehindCommits)
{
    public const int SubjectsShown = 10;

    public static CommitDivergence Measure(Repository repo, Commit head, Commit deploy)
    {
        if (head.Id == deploy.Id)
        {
            return new CommitDivergence(SyncState.InSync, 0, 0, [], []);
        }
        if (repo.Info.IsShallow && repo.ObjectDatabase.FindMergeBase(head, deploy) is null)
        {
            return new CommitDivergence(SyncState.Unknown, null, null, [], []);
        }

        var divergence = repo.ObjectDatabase.CalculateHistoryDivergence(head, deploy);
        var ahead = divergence.AheadBy ?? 0;
        var behind = divergence.BehindBy ?? 0;
        var state = (ahead, behind) switch
        {
            (0, 0) => SyncState.InSync,
            (_, 0) => SyncState.Ahead,
            (0, _) => SyncState.Behind,
            _ => SyncState.Diverged,
        };
        return new CommitDivergence(state, ahead, behind, Subjects(repo, head, deploy, ahead), Subjects(repo, deploy, head, behind));
    }

    private static List<CommitSummary> Subjects(Repository repo, Commit from, Commit excluded, int count)
    {
        if (count == 0)
        {
            return [];
        }
        var filter = new CommitFilter
        {
            IncludeReachableFrom = from,
            ExcludeReachableFrom = excluded,
            SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Time,
        };
        return repo.Commits.QueryBy(filter).Take(SubjectsShown)
            .Select(c => new CommitSummary(c.Sha, c.MessageShort)).ToList();
    }
}
