using HookSuite.Core.Config;
using HookSuite.Core.Git;
using HookSuite.Core.Snapshots;

namespace HookSuite.Core.Validation;

/// <summary>What a validator gets: the snapshot, its config, the entry points, and the files on disk on demand.</summary>
public sealed class ValidationContext(
    RepositoryLocation location,
    Snapshot snapshot,
    HookSuiteConfig config,
    ValidatorStage stage,
    IReadOnlyList<string> entryPoints,
    Func<CancellationToken, Task<MaterializedSnapshot>> materialize)
{
    private readonly Lock _gate = new();
    private Task<MaterializedSnapshot>? _materialized;

    public RepositoryLocation Location { get; } = location;
    public Snapshot Snapshot { get; } = snapshot;
    public HookSuiteConfig Config { get; } = config;
    public ValidatorStage Stage { get; } = stage;
    public IReadOnlyList<string> EntryPoints { get; } = entryPoints;

    /// <summary>Entry points run with <c>python -m</c> (relative imports work, the working directory is first on sys.path).</summary>
    public IReadOnlySet<string> ModuleEntries { get; init; } = new HashSet<string>();

    /// <summary>The snapshot on disk, written at most once per run and only when a validator needs files.</summary>
    public Task<MaterializedSnapshot> FilesAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _materialized ??= materialize(cancellationToken);
        }
    }

    public bool Materialized => _materialized is { IsCompletedSuccessfully: true };

    public MaterializedSnapshot? MaterializedOrNull => Materialized ? _materialized!.Result : null;
}
