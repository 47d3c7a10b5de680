using HookSuite.Core.Config;

namespace HookSuite.Core.Validation;

/// <summary>Runs the validators of a stage on a snapshot, in parallel, answering from the cache when it can.</summary>
public sealed class ValidationRunner(ResultCache cache)
{
    public async Task<ValidationReport> RunAsync(
        ValidationContext context, IReadOnlyList<ISnapshotValidator> validators, bool useCache, IProgress<string>? progress,
        CancellationToken cancellationToken)
    {
        using var slots = new SemaphoreSlim(Math.Max(1, Environment.ProcessorCount));
        var runs = validators.Select(async validator =>
        {
            var key = ResultCache.Key(context.Snapshot.TreeId, context.Config.Text, validator, context.EntryPoints);
            if (useCache && validator.Cacheable && cache.TryGet(key) is { } hit)
            {
                return hit;
            }
            await slots.WaitAsync(cancellationToken);
            try
            {
                progress?.Report($"running {validator.Name} on {context.Snapshot.Label}");
                var result = await validator.RunAsync(context, cancellationToken);
                if (validator.Cacheable)
                {
                    cache.Store(key, result);
                }
                return result;
            }
            finally
            {
                slots.Release();
            }
        }).ToList();

        try
        {
            var results = await Task.WhenAll(runs);
            return new ValidationReport(context.Snapshot.Label, context.Snapshot.TreeId, results,
                context.MaterializedOrNull?.UnvalidatedSubmodules ?? []);
        }
        finally
        {
            context.MaterializedOrNull?.Dispose();
        }
    }

    /// <summary>The configured validators that run at this stage.</summary>
    public static IEnumerable<ISnapshotValidator> Configured(HookSuiteConfig config, ValidatorStage stage, Processes.ProcessRunner runner) =>
        config.Validators.Where(v => v.When.Contains(stage)).Select(v => new CommandValidator(v, runner));
}
