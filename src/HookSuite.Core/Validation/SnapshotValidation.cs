using HookSuite.Core.Config;
using HookSuite.Core.Git;
using HookSuite.Core.Processes;
using HookSuite.Core.Snapshots;
using LibGit2Sharp;

namespace HookSuite.Core.Validation;

/// <summary>The validation use case shared by check, validate, the hooks and run: config from the snapshot, then its validators.</summary>
public sealed class SnapshotValidation(RepositoryLocation location, ProcessRunner runner)
{
    public async Task<(ValidationReport Report, HookSuiteConfig Config, IReadOnlyList<string> EntryPoints)> ValidateAsync(
        Repository repo, Snapshot snapshot, ValidatorStage stage, IReadOnlyList<string> entryArguments, bool useCache,
        IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var files = new SnapshotFiles(repo, snapshot);
        var config = ConfigReader.Read(files.ReadText, snapshot.PathPrefix);
        var entries = EntryPointResolver.Resolve(entryArguments, config.Python, files.Paths);
        var store = new SnapshotStore(location, runner);
        var context = new ValidationContext(location, snapshot, config, stage, entries, ct =>
        {
            progress?.Report($"materializing {snapshot.Label}");
            return store.MaterializeAsync(snapshot, ct);
        });
        var validators = ValidationRunner.Configured(config, stage, runner).ToList();
        var report = await new ValidationRunner(new ResultCache(location)).RunAsync(context, validators, useCache, progress, cancellationToken);
        return (report, config, entries);
    }
}
