using HookSuite.Core.Sync;
using Spectre.Console;

namespace HookSuite.Core.Reporting;

/// <summary>Renders a comparison for people: a one-line verdict, the items grouped by kind, then the fix commands.</summary>
public static class StatusText
{
    private const int ItemsShownPerGroup = 25;

    public static void Write(IAnsiConsole console, ComparisonReport report, DateTimeOffset now)
    {
        var deploy = report.DeployRef.Name;
        if (report.Fetch.Attempted && !report.Fetch.Succeeded)
        {
            console.MarkupLine($"[yellow]! could not fetch {deploy}: {Terminal.Safe(report.Fetch.Error ?? "")} — " +
                $"comparing with the copy fetched {TimeAgo.Describe(report.LastFetched, now)}[/]");
        }

        console.MarkupLine(Verdict(report));
        if (!report.Fetch.Attempted)
        {
            console.MarkupLine($"[grey]{deploy} as last fetched {TimeAgo.Describe(report.LastFetched, now)} (--no-fetch)[/]");
        }
        WriteDetails(console, report);
    }

    /// <summary>Everything after the verdict: commits, drift items grouped by kind, fix commands.</summary>
    public static void WriteDetails(IAnsiConsole console, ComparisonReport report)
    {
        var deploy = report.DeployRef.Name;
        WriteCommits(console, $"Commits not on {deploy}", report.Commits.AheadCommits, report.Commits.Ahead);
        WriteCommits(console, $"Commits on {deploy} not pulled", report.Commits.BehindCommits, report.Commits.Behind);
        foreach (var group in report.Drift.GroupBy(d => d.Kind))
        {
            var items = group.ToList();
            console.WriteLine();
            console.MarkupLine($"[bold]{Title(group.Key)}[/] ({items.Count}):");
            foreach (var item in items.Take(ItemsShownPerGroup))
            {
                var path = item.Path.Length > 0 ? Terminal.Safe(item.Path) + "  " : "";
                console.MarkupLine($"  {path}[grey]{Terminal.Safe(item.Detail)}[/]");
            }
            if (items.Count > ItemsShownPerGroup)
            {
                console.MarkupLine($"  [grey]… and {items.Count - ItemsShownPerGroup} more (--json lists them all)[/]");
            }
        }

        var fixes = Fixes(report);
        if (fixes.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine("[bold]To fix:[/]");
            foreach (var fix in fixes)
            {
                console.MarkupLine($"  {Terminal.Safe(fix)}");
            }
        }
    }

    public static string Verdict(ComparisonReport report)
    {
        var at = $"{report.DeployRef.Name} @ {report.DeploySha[..7]}";
        var detached = report.Detached ? $" (detached HEAD at {report.HeadSha[..7]})" : "";
        if (report.InSync)
        {
            return $"[green]✔ in sync with {at}[/]{detached}";
        }

        var parts = new List<string>();
        var c = report.Commits;
        switch (c.State)
        {
            case SyncState.Ahead: parts.Add($"{Count(c.Ahead, "commit")} not pushed"); break;
            case SyncState.Behind: parts.Add($"{Count(c.Behind, "commit")} not pulled"); break;
            case SyncState.Diverged: parts.Add($"diverged: {Count(c.Ahead, "local commit")}, {Count(c.Behind, "commit")} on {report.DeployRef.Name}"); break;
            case SyncState.Unknown: parts.Add("HEAD is not the deploy commit (shallow clone: history missing)"); break;
        }
        var localFiles = report.Drift.Where(d => d.IsLocal).Select(d => d.Path).Distinct().Count();
        if (localFiles > 0)
        {
            parts.Add($"{Count(localFiles, "file")} changed locally");
        }
        return $"[red]✘ {string.Join(", ", parts)}[/] — not what {at} runs{detached}";
    }

    private static void WriteCommits(IAnsiConsole console, string title, IReadOnlyList<CommitSummary> commits, int? total)
    {
        if (commits.Count == 0)
        {
            return;
        }
        console.WriteLine();
        console.MarkupLine($"[bold]{Terminal.Safe(title)}[/] ({total}):");
        foreach (var commit in commits)
        {
            console.MarkupLine($"  [yellow]{commit.Sha[..7]}[/] {Terminal.Safe(commit.Subject)}");
        }
        if (total > commits.Count)
        {
            console.MarkupLine($"  [grey]… and {total - commits.Count} more[/]");
        }
    }

    private static List<string> Fixes(ComparisonReport report)
    {
        var fixes = report.Drift.Where(d => d.IsLocal).Select(d => d.Fix).Distinct().ToList();
        var commitsFix = new FixCommands(report.DeployRef);
        if (report.Commits.State != SyncState.InSync || fixes.Count > 0)
        {
            var last = report.Commits.State is SyncState.Behind or SyncState.Diverged or SyncState.Unknown
                ? commitsFix.ForCommitted(report.Commits.State)
                : commitsFix.Push;
            if (!fixes.Contains(last))
            {
                fixes.Add(last);
            }
        }
        return fixes;
    }

    private static string Title(DriftKind kind) => kind switch
    {
        DriftKind.Unpushed => "Files changed by commits not pushed",
        DriftKind.NotPulled => "Files changed by commits not pulled",
        DriftKind.Diverged => "Files that differ between HEAD and the deploy ref",
        DriftKind.Staged => "Staged, not committed",
        DriftKind.Unstaged => "Modified, not staged",
        DriftKind.Deleted => "Deleted",
        DriftKind.Renamed => "Renamed",
        DriftKind.Mode => "Mode changes",
        DriftKind.Untracked => "Untracked (not in git, not on the box)",
        DriftKind.Conflict => "Unresolved conflicts",
        DriftKind.Submodule => "Submodules",
        DriftKind.Shallow => "Shallow clone",
        _ => kind.ToString(),
    };

    private static string Count(int? n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
