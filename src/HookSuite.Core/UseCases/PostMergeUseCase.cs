using HookSuite.Core.Config;
using HookSuite.Core.Git;
using HookSuite.Core.Hooks;
using HookSuite.Core.Processes;
using HookSuite.Core.Reporting;
using HookSuite.Core.Snapshots;
using HookSuite.Core.Sync;
using HookSuite.Core.Validation;
using Spectre.Console;

namespace HookSuite.Core.UseCases;

/// <summary>The post-merge hook (after `git pull`): a one-screen verdict — HEAD vs the deploy ref, and the deploy snapshot's validation. Never fails the merge.</summary>
public static class PostMergeUseCase
{
    public static async Task<int> RunAsync(string directory, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (HookGate.Skipped("post-merge", stderr))
        {
            return ExitCodes.Ok;
        }
        try
        {
            var location = RepositoryLocator.Locate(directory);
            var runner = new ProcessRunner();
            using var repo = RepositoryLocator.Open(location);
            var config = ConfigReader.FromHead(repo, lenient: true);
            // The pull has just fetched: compare with what it brought, without another round trip.
            var comparison = await new DeployRefComparison(runner).CompareAsync(location, new ComparisonOptions(config.DeployRef, Fetch: false), cancellationToken);
            var snapshot = SnapshotResolver.FromRevision(repo, comparison.DeploySha, comparison.DeployRef.Name);
            var (validation, _, _) = await new SnapshotValidation(location, runner)
                .ValidateAsync(repo, snapshot, ValidatorStage.Check, [], useCache: true, null, cancellationToken);

            var console = Terminal.Create(stderr, !Console.IsErrorRedirected);
            console.MarkupLine("hooksuite: " + StatusText.Verdict(comparison));
            console.MarkupLine(validation.Passed
                ? $"hooksuite: [green]✔ {Terminal.Safe(validation.SnapshotLabel)} passes validation[/]"
                : $"hooksuite: [red]✘ {Terminal.Safe(validation.SnapshotLabel)} fails validation[/] — run `hooksuite check` for the findings");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await stderr.WriteLineAsync($"hooksuite: post-merge could not check: {TerminalText.Escape(ex.Message)}");
        }
        return ExitCodes.Ok;
    }
}
