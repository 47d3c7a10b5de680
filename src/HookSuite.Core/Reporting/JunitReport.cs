using System.Xml.Linq;
using HookSuite.Core.Validation;

namespace HookSuite.Core.Reporting;

/// <summary>JUnit XML for CI systems that show test reports: one test case per validator, one failure per error finding.</summary>
public static class JunitReport
{
    public static string Render(ValidationReport report)
    {
        var cases = report.Results.Select(result =>
        {
            var testCase = new XElement("testcase",
                new XAttribute("classname", "hooksuite"),
                new XAttribute("name", result.Name),
                new XAttribute("time", (result.DurationMs / 1000.0).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)));
            var errors = result.Findings.Where(f => f.Severity == Severity.Error).ToList();
            if (result.Outcome == ValidatorOutcome.Skipped)
            {
                testCase.Add(new XElement("skipped", new XAttribute("message", result.Reason ?? "skipped")));
            }
            else if (result.Blocks)
            {
                var details = errors.Count > 0
                    ? string.Join('\n', errors.Select(f => $"{f.Path}:{f.Line}:{f.Column}: {f.Rule}: {f.Message}"))
                    : result.OutputTail ?? "";
                testCase.Add(new XElement("failure", new XAttribute("message", result.Reason ?? "failed"), details));
            }
            return testCase;
        }).ToList();
        var suite = new XElement("testsuite",
            new XAttribute("name", $"hooksuite: {report.SnapshotLabel}"),
            new XAttribute("tests", cases.Count),
            new XAttribute("failures", report.Results.Count(r => r.Blocks)),
            new XAttribute("skipped", report.Results.Count(r => r.Outcome == ValidatorOutcome.Skipped)),
            cases);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement("testsuites", suite)).ToString();
    }
}
