using HookSuite.Core.Validation;

namespace HookSuite.Core.Reporting;

/// <summary>GitHub Actions workflow commands (<c>::error file=…,line=…,col=…::…</c>): findings show up on the pull request's diff.</summary>
public static class GithubAnnotations
{
    public static IEnumerable<string> Lines(ValidationReport report)
    {
        foreach (var finding in report.Findings)
        {
            var level = finding.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
            var message = finding.Hint is null ? finding.Message : $"{finding.Message}\n{finding.Hint}";
            yield return $"::{level} file={Property(finding.Path)},line={finding.Line},col={finding.Column},title={Property(finding.Rule)}::{Data(message)}";
        }
        foreach (var result in report.Results.Where(r => r.Blocks && r.Findings.Count == 0))
        {
            yield return $"::error title={Property("validator " + result.Name)}::{Data($"{result.Reason}\n{result.OutputTail}".Trim())}";
        }
    }

    // The escaping GitHub's runner expects for message data and for properties.
    private static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
