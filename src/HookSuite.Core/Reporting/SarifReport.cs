using System.Text.Json;
using System.Text.Json.Nodes;
using HookSuite.Core.Validation;

namespace HookSuite.Core.Reporting;

/// <summary>SARIF 2.1.0, for code scanning: one run, the rules that fired, one result per finding with its location.</summary>
public static class SarifReport
{
    public static string Render(ValidationReport report, string version)
    {
        var rules = new JsonArray();
        foreach (var rule in report.Findings.Select(f => f.Rule).Distinct().Order(StringComparer.Ordinal))
        {
            rules.Add((JsonNode)new JsonObject { ["id"] = rule, ["shortDescription"] = new JsonObject { ["text"] = Describe(rule) } });
        }
        var results = new JsonArray();
        foreach (var finding in report.Findings)
        {
            var region = new JsonObject { ["startLine"] = Math.Max(1, finding.Line), ["startColumn"] = Math.Max(1, finding.Column) };
            var location = new JsonObject
            {
                ["physicalLocation"] = new JsonObject
                {
                    ["artifactLocation"] = new JsonObject { ["uri"] = finding.Path },
                    ["region"] = region,
                },
            };
            var text = finding.Hint is null ? finding.Message : $"{finding.Message} Fix: {finding.Hint}";
            results.Add((JsonNode)new JsonObject
            {
                ["ruleId"] = finding.Rule,
                ["level"] = finding.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" },
                ["message"] = new JsonObject { ["text"] = text },
                ["locations"] = new JsonArray((JsonNode)location),
            });
        }
        var sarif = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray((JsonNode)new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "HookSuite",
                        ["version"] = version,
                        ["informationUri"] = "https://github.com/hooksuite/hooksuite",
                        ["rules"] = rules,
                    },
                },
                ["results"] = results,
            }),
        };
        return sarif.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static string Describe(string rule) => rule switch
    {
        "missing-module" => "An imported module exists neither in the code that will run nor in the environment",
        "missing-name" => "A name imported from a local module does not exist there",
        "missing-attribute" => "An attribute or method does not exist on a local module or class",
        "relative-import" => "A relative import that cannot work where the code runs",
        "syntax-error" => "Source that Python cannot parse",
        "unverified-module" => "A third-party package that could not be checked without an interpreter",
        _ => rule,
    };
}
