using HookSuite.Core.Sync;
using HookSuite.Core.Validation;
using Spectre.Console;

namespace HookSuite.Core.Reporting;

/// <summary>Renders <c>check</c>: which of "differs" and "fails" hold, the details, and the team's deploy checklist ticked from what was measured.</summary>
public static class CheckText
{
    public static void Write(IAnsiConsole console, ComparisonReport comparison, ValidationReport validation, DateTimeOffset now)
    {
        var deploy = comparison.DeployRef.Name;
        if (comparison.InSync && validation.Passed)
        {
            console.MarkupLine($"[green]✔ you have exactly {deploy} @ {comparison.DeploySha[..7]}, and it passes validation[/]");
        }
        if (!comparison.InSync)
        {
            console.MarkupLine($"[red]✘ local code differs from {deploy} — it is not what will run[/]");
        }
        if (!validation.Passed)
        {
            console.MarkupLine($"[red]✘ {deploy} fails validation[/]");
        }
        if (!comparison.Fetch.Attempted)
        {
            console.MarkupLine($"[yellow]! {deploy} was not fetched: using the copy fetched {TimeAgo.Describe(comparison.LastFetched, now)}[/]");
        }

        if (!comparison.InSync)
        {
            console.WriteLine();
            console.MarkupLine(StatusText.Verdict(comparison));
            StatusText.WriteDetails(console, comparison);
        }
        console.WriteLine();
        ValidationText.Write(console, validation);
        console.WriteLine();
        console.MarkupLine("[bold]Deploy checklist:[/]");
        foreach (var item in Checklist(comparison, validation, now))
        {
            console.MarkupLine(item.Ok ? $"  [green]✔[/] {Terminal.Safe(item.Item)}" : $"  [red]✘[/] {Terminal.Safe(item.Item)}");
        }
    }

    public static IReadOnlyList<ChecklistItem> Checklist(ComparisonReport comparison, ValidationReport validation, DateTimeOffset now)
    {
        var deploy = comparison.DeployRef.Name;
        var committedInSync = comparison.Commits.State == SyncState.InSync && !comparison.Drift.Any(d => !d.IsLocal);
        return
        [
            new($"All changes pushed: HEAD equals {deploy}", committedInSync),
            new(comparison.Fetch.Succeeded ? $"{deploy} freshly fetched" : $"{deploy} freshly fetched (no: copy from {TimeAgo.Describe(comparison.LastFetched, now)})",
                comparison.Fetch.Succeeded),
            new($"Validation passes on {deploy}'s code", validation.Passed),
            new("No local modifications (staged, unstaged or untracked)", !comparison.Drift.Any(d => d.IsLocal)),
        ];
    }
}
