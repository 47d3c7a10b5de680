namespace HookSuite.Core.Sync;

/// <summary>Everything <c>status</c> learned: what the box runs, what the user has, and each difference.</summary>
public sealed record ComparisonReport(
    DeployRef DeployRef,
    string DeploySha,
    string HeadSha,
    string? HeadBranch,
    CommitDivergence Commits,
    IReadOnlyList<DriftItem> Drift,
    FetchOutcome Fetch,
    DateTimeOffset? LastFetched)
{
    public bool InSync => Commits.State == SyncState.InSync && Drift.Count == 0;
    public bool Detached => HeadBranch is null;
}
