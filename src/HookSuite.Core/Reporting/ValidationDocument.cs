using HookSuite.Core.Validation;

namespace HookSuite.Core.Reporting;

/// <summary>One finding as JSON.</summary>
public sealed record FindingDocument(string Validator, string Rule, string Severity, string Path, int Line, int Column, string Message, string? Hint);

/// <summary>One validator's verdict as JSON.</summary>
public sealed record ValidatorDocument(string Name, string Outcome, long DurationMs, string? OutputTail, string? Reason, bool Cached);

/// <summary>The JSON document <c>hooksuite validate --json</c> prints (and <c>check</c> embeds).</summary>
public sealed record ValidationDocument(
    string Status,
    string Snapshot,
    string TreeId,
    IReadOnlyList<string> EntryPoints,
    IReadOnlyList<FindingDocument> Findings,
    IReadOnlyList<ValidatorDocument> Validators,
    IReadOnlyList<string> UnvalidatedSubmodules)
{
    public static ValidationDocument From(ValidationReport report, IReadOnlyList<string> entryPoints) => new(
        report.Passed ? "ok" : "blocked",
        report.SnapshotLabel,
        report.TreeId,
        entryPoints,
        report.Findings.Select(f => new FindingDocument(f.Validator, f.Rule, SnakeCase.Of(f.Severity), f.Path, f.Line, f.Column, f.Message, f.Hint)).ToList(),
        report.Results.Select(r => new ValidatorDocument(r.Name, SnakeCase.Of(r.Outcome), r.DurationMs, r.OutputTail, r.Reason, r.Cached)).ToList(),
        report.UnvalidatedSubmodules);
}

/// <summary>One line of the deploy checklist.</summary>
public sealed record ChecklistItem(string Item, bool Ok);

/// <summary>The JSON document <c>hooksuite check --json</c> prints: the comparison, the validation, and the checklist.</summary>
public sealed record CheckDocument(
    string Status,
    bool LocalEqualsDeploy,
    bool ValidationPassed,
    string DeployRef,
    string DeploySha,
    string HeadSha,
    bool Fetched,
    string? FetchError,
    IReadOnlyList<DriftDocument> Drift,
    IReadOnlyList<FindingDocument> Findings,
    IReadOnlyList<ValidatorDocument> Validators,
    IReadOnlyList<string> UnvalidatedSubmodules,
    IReadOnlyList<ChecklistItem> Checklist,
    StatusDocument Comparison);
