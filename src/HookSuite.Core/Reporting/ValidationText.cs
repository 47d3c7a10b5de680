using HookSuite.Core.Validation;
using Spectre.Console;

namespace HookSuite.Core.Reporting;

/// <summary>Renders a validation for people: each validator's verdict, its output tail on failure, then the findings.</summary>
public static class ValidationText
{
    public static void Write(IAnsiConsole console, ValidationReport report)
    {
        console.MarkupLine($"[bold]Validation of {Terminal.Safe(report.SnapshotLabel)}:[/]");
        if (report.Results.Count == 0)
        {
            console.MarkupLine("  [grey]no validators configured for this stage[/]");
        }
        foreach (var result in report.Results)
        {
            var (mark, colour) = result.Outcome switch
            {
                ValidatorOutcome.Passed => ("✔", "green"),
                ValidatorOutcome.Skipped => ("–", "grey"),
                ValidatorOutcome.TimedOut => ("⏱", "red"),
                _ => ("✘", "red"),
            };
            var detail = result.Reason is null ? "" : $" — {Terminal.Safe(result.Reason)}";
            var cached = result.Cached ? ", cached" : "";
            console.MarkupLine($"  [{colour}]{mark}[/] {Terminal.Safe(result.Name)} [grey]({result.DurationMs} ms{cached})[/]{detail}");
            if (result.OutputTail is { Length: > 0 } tail)
            {
                foreach (var line in tail.Split('\n').TakeLast(20))
                {
                    console.MarkupLine($"      [grey]{Terminal.Safe(line.TrimEnd('\r'))}[/]");
                }
            }
        }
        foreach (var submodule in report.UnvalidatedSubmodules)
        {
            console.MarkupLine($"  [yellow]! submodule not validated:[/] {Terminal.Safe(submodule)}");
        }
        foreach (var finding in report.Findings)
        {
            var colour = finding.Severity switch { Severity.Error => "red", Severity.Warning => "yellow", _ => "grey" };
            console.MarkupLine($"  [{colour}]{Terminal.Safe($"{finding.Path}:{finding.Line}:{finding.Column}: {finding.Rule}: {finding.Message}")}[/]");
            if (finding.Hint is { } hint)
            {
                console.MarkupLine($"      [grey]{Terminal.Safe(hint)}[/]");
            }
        }
    }
}
