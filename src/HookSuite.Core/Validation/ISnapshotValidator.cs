namespace HookSuite.Core.Validation;

/// <summary>Something that judges a snapshot: an external command, or HookSuite's own Python analysis.</summary>
public interface ISnapshotValidator
{
    string Name { get; }

    /// <summary>Everything that changes this validator's verdict besides the tree, for the result cache key.</summary>
    string CacheKey { get; }

    /// <summary>False when the verdict depends on more than the cache key can say (e.g. uncommitted local code).</summary>
    bool Cacheable => true;

    Task<ValidatorResult> RunAsync(ValidationContext context, CancellationToken cancellationToken);
}
