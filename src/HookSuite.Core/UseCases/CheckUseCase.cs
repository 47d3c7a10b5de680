using HookSuite.Core.Config;
using HookSuite.Core.Errors;
using HookSuite.Core.Git;
using HookSuite.Core.Processes;
using HookSuite.Core.Reporting;
using HookSuite.Core.Snapshots;
using HookSuite.Core.Sync;
using HookSuite.Core.Validation;

namespace HookSuite.Core.UseCases;

/// <summary>What <c>hooksuite check</c> was asked.</summary>
public sealed record CheckRequest(
    string Directory, IReadOnlyList<string> Entries, string? DeployRef, bool Fetch, bool Offline, bool UseCache, bool Json)
{
    /// <summary><c>--python PATH</c>, overriding <c>[python] interpreter</c>.</summary>
    public string? Python { get; init; }
}

/// <summary>
/// <c>hooksuite check</c>: fetch, compare, and validate a snapshot of the deploy ref (never the working tree).
/// Exit 0 only when the local code equals the deploy ref and the snapshot passes.
/// </summary>
public static class CheckUseCase
{
    public static async Task<int> RunAsync(CheckRequest request, TextWriter stdout, CancellationToken cancellationToken)
    {
        var location = RepositoryLocator.Locate(request.Directory);
        var runner = new ProcessRunner();
        using var repo = RepositoryLocator.Open(location);
        var headConfig = ConfigReader.FromHead(repo, lenient: true);

        return await ProgressDisplay.RunAsync(!request.Json && Terminal.StdoutIsTerminal, async progress =>
        {
            progress?.Report("fetching the deploy ref");
            var fetch = request.Fetch && !request.Offline;
            var comparison = await new DeployRefComparison(runner).CompareAsync(
                location, new ComparisonOptions(request.DeployRef ?? headConfig.DeployRef, fetch, headConfig.FetchTimeout), cancellationToken);
            if (comparison.Fetch.Attempted && !comparison.Fetch.Succeeded)
            {
                throw new HookSuiteException(
                    $"cannot confirm what will run: fetching {comparison.DeployRef.Name} failed: {comparison.Fetch.Error} — check the network and " +
                    $"the remote URL, or pass --offline to use the copy fetched {TimeAgo.Describe(comparison.LastFetched, DateTimeOffset.Now)}");
            }

            var snapshot = SnapshotResolver.FromRevision(repo, comparison.DeploySha, comparison.DeployRef.Name);
            var (validation, _, entries) = await new SnapshotValidation(location, runner) { InterpreterOverride = request.Python }.ValidateAsync(
                repo, snapshot, ValidatorStage.Check, request.Entries, request.UseCache, progress, cancellationToken,
                pythonChangedLocally: comparison.Drift.Any(d => d.IsLocal && d.Path.EndsWith(".py", StringComparison.Ordinal)));

            var now = DateTimeOffset.Now;
            if (request.Json)
            {
                var status = StatusDocument.From(comparison);
                var validated = ValidationDocument.From(validation, entries);
                var ok = comparison.InSync && validation.Passed;
                await stdout.WriteLineAsync(JsonOutput.Serialize(new CheckDocument(
                    ok ? "ok" : "blocked", comparison.InSync, validation.Passed, status.DeployRef, status.DeploySha, status.HeadSha,
                    status.Fetched, status.FetchError, status.Drift, validated.Findings, validated.Validators,
                    validated.UnvalidatedSubmodules, CheckText.Checklist(comparison, validation, now), status)));
            }
            else
            {
                CheckText.Write(Terminal.Create(stdout, Terminal.StdoutIsTerminal), comparison, validation, now);
            }
            return comparison.InSync && validation.Passed ? ExitCodes.Ok : ExitCodes.Blocked;
        });
    }
}
