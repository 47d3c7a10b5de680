namespace HookSuite.Core.Validation;

/// <summary>Something that judges a snapshot: an external command, or HookSuite's own Python analysis.</summary>
public interface ISnapshotValidator
{
    string Name { get; }

    /// <summary>Everything that changes this validator's verdict besides the tree, for the result cache key.</summary>
    string CacheKey { get; }

    Task<ValidatorResult> RunAsync(ValidationContext context, CancellationToken cancellationToken);
}
