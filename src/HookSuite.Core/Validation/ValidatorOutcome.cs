namespace HookSuite.Core.Validation;

/// <summary>How one validator's run ended.</summary>
public enum ValidatorOutcome { Passed, Failed, TimedOut, Skipped }
