using HookSuite.Core.Config;
using HookSuite.Core.Errors;
using HookSuite.Core.Git;
using HookSuite.Core.Processes;
using HookSuite.Core.Reporting;
using HookSuite.Core.Snapshots;
using HookSuite.Core.Validation;
using Spectre.Console;

namespace HookSuite.Core.UseCases;

/// <summary>
/// <c>hooksuite check --ci</c>: in CI the checked-out commit is the snapshot — no fetch, no comparison — and the
/// findings come out in the CI's own format (GitHub annotations, SARIF, JUnit).
/// </summary>
public static class CiCheckUseCase
{
    public static async Task<int> RunAsync(
        string directory, IReadOnlyList<string> entries, string? format, bool useCache, string? python, TextWriter stdout, CancellationToken cancellationToken)
    {
        var chosen = format ?? (Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true" ? "github" : "text");
        if (chosen is not ("text" or "github" or "sarif" or "junit"))
        {
            throw new HookSuiteException($"unknown --format '{chosen}' — use text, github, sarif or junit");
        }
        var location = RepositoryLocator.Locate(directory);
        using var repo = RepositoryLocator.Open(location);
        if (repo.Info.IsHeadUnborn)
        {
            throw new HookSuiteException("the CI checkout has no commit to validate — check out the commit under test first");
        }
        var snapshot = SnapshotResolver.FromRevision(repo, repo.Head.Tip.Sha, "HEAD");
        var (report, _, _) = await new SnapshotValidation(location, new ProcessRunner()) { InterpreterOverride = python }
            .ValidateAsync(repo, snapshot, ValidatorStage.Check, entries, useCache, null, cancellationToken, pythonChangedLocally: false);

        switch (chosen)
        {
            case "sarif":
                await stdout.WriteLineAsync(SarifReport.Render(report, typeof(CiCheckUseCase).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"));
                break;
            case "junit":
                await stdout.WriteLineAsync(JunitReport.Render(report));
                break;
            default:
                if (chosen == "github")
                {
                    foreach (var line in GithubAnnotations.Lines(report))
                    {
                        await stdout.WriteLineAsync(line);
                    }
                }
                var console = Terminal.Create(stdout, Terminal.StdoutIsTerminal);
                console.MarkupLine(report.Passed
                    ? $"[green]✔ {Terminal.Safe(report.SnapshotLabel)} passes validation[/]"
                    : $"[red]✘ {Terminal.Safe(report.SnapshotLabel)} fails validation[/]");
                ValidationText.Write(console, report);
                break;
        }
        return report.Passed ? ExitCodes.Ok : ExitCodes.Blocked;
    }
}
