namespace HookSuite.Core.Validation;

/// <summary>The verdict of one validator on one snapshot.</summary>
public sealed record ValidatorResult(
    string Name,
    ValidatorOutcome Outcome,
    long DurationMs,
    string? OutputTail,
    IReadOnlyList<Finding> Findings,
    string? Reason = null,
    bool Cached = false)
{
    public bool Blocks => Outcome is ValidatorOutcome.Failed or ValidatorOutcome.TimedOut;
}
