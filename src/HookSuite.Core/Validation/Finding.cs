namespace HookSuite.Core.Validation;

/// <summary>How bad a finding is: errors block, warnings and infos only inform.</summary>
public enum Severity { Error, Warning, Info }

/// <summary>One problem a validator found in the snapshot, at a place in a file.</summary>
public sealed record Finding(
    string Validator, string Rule, Severity Severity, string Path, int Line, int Column, string Message, string? Hint = null);
