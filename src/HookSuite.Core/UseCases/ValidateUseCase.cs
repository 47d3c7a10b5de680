using HookSuite.Core.Config;
using HookSuite.Core.Errors;
using HookSuite.Core.Git;
using HookSuite.Core.Processes;
using HookSuite.Core.Reporting;
using HookSuite.Core.Snapshots;
using HookSuite.Core.Sync;
using HookSuite.Core.Validation;
using Spectre.Console;

namespace HookSuite.Core.UseCases;

/// <summary>What <c>hooksuite validate</c> was asked.</summary>
public sealed record ValidateRequest(string Directory, string? Revision, bool Staged, IReadOnlyList<string> Entries, bool UseCache, bool Json)
{
    /// <summary><c>--python PATH</c>, overriding <c>[python] interpreter</c>.</summary>
    public string? Python { get; init; }
}

/// <summary><c>hooksuite validate</c>: validation alone, on a commit (default: the deploy ref as last fetched) or on the staged index.</summary>
public static class ValidateUseCase
{
    public static async Task<int> RunAsync(ValidateRequest request, TextWriter stdout, CancellationToken cancellationToken)
    {
        if (request.Staged && request.Revision is not null)
        {
            throw new HookSuiteException("--rev and --staged cannot be combined — validate a commit or the index, not both");
        }
        var location = RepositoryLocator.Locate(request.Directory);
        var runner = new ProcessRunner();
        using var repo = RepositoryLocator.Open(location);

        var snapshot = request.Staged
            ? SnapshotResolver.FromIndex(repo)
            : SnapshotResolver.FromRevision(repo, request.Revision ?? ConfigReader.FromHead(repo, lenient: true).DeployRef ?? DeployRef.Default);
        var stage = request.Staged ? ValidatorStage.PreCommit : ValidatorStage.Check;

        var (report, _, entries) = await ProgressDisplay.RunAsync(!request.Json && Terminal.StdoutIsTerminal, progress =>
            new SnapshotValidation(location, runner) { InterpreterOverride = request.Python }.ValidateAsync(repo, snapshot, stage, request.Entries, request.UseCache, progress, cancellationToken));

        if (request.Json)
        {
            await stdout.WriteLineAsync(JsonOutput.Serialize(ValidationDocument.From(report, entries)));
        }
        else
        {
            var console = Terminal.Create(stdout, Terminal.StdoutIsTerminal);
            console.MarkupLine(report.Passed
                ? $"[green]✔ {Terminal.Safe(report.SnapshotLabel)} passes validation[/]"
                : $"[red]✘ {Terminal.Safe(report.SnapshotLabel)} fails validation[/]");
            ValidationText.Write(console, report);
        }
        return report.Passed ? ExitCodes.Ok : ExitCodes.Blocked;
    }
}
