namespace HookSuite.Core.Validation;

/// <summary>All validators' verdicts on one snapshot.</summary>
public sealed record ValidationReport(string SnapshotLabel, string TreeId, IReadOnlyList<ValidatorResult> Results, IReadOnlyList<string> UnvalidatedSubmodules)
{
    public IEnumerable<Finding> Findings => Results.SelectMany(r => r.Findings);

    public bool Passed => !Results.Any(r => r.Blocks) && !Findings.Any(f => f.Severity == Severity.Error);
}
