using HookSuite.Core.Sync;

namespace HookSuite.Core.Reporting;

/// <summary>One drift item as JSON.</summary>
public sealed record DriftDocument(string Kind, string Path, string Detail, string Fix);

/// <summary>The JSON document <c>hooksuite status --json</c> prints.</summary>
public sealed record StatusDocument(
    string Status,
    string DeployRef,
    string DeploySha,
    string HeadSha,
    string? Branch,
    bool Detached,
    string State,
    int? Ahead,
    int? Behind,
    IReadOnlyList<CommitSummary> AheadCommits,
    IReadOnlyList<CommitSummary> BehindCommits,
    bool Fetched,
    string? FetchError,
    DateTimeOffset? LastFetched,
    IReadOnlyList<DriftDocument> Drift)
{
    public static StatusDocument From(ComparisonReport report) => new(
        report.InSync ? "in_sync" : "drift",
        report.DeployRef.Name,
        report.DeploySha,
        report.HeadSha,
        report.HeadBranch,
        report.Detached,
        SnakeCase.Of(report.Commits.State),
        report.Commits.Ahead,
        report.Commits.Behind,
        report.Commits.AheadCommits,
        report.Commits.BehindCommits,
        report.Fetch.Succeeded,
        report.Fetch.Error,
        report.LastFetched,
        report.Drift.Select(d => new DriftDocument(SnakeCase.Of(d.Kind), d.Path, d.Detail, d.Fix)).ToList());
}

/// <summary>The JSON document any command prints when it cannot check.</summary>
public sealed record ErrorDocument(string Status, string Error);
