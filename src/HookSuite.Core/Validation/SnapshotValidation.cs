using HookSuite.Core.Config;
using HookSuite.Core.Git;
using HookSuite.Core.Processes;
using HookSuite.Core.Python;
using HookSuite.Core.Snapshots;
using HookSuite.Core.Sync;
using LibGit2Sharp;

namespace HookSuite.Core.Validation;

/// <summary>
/// The validation use case shared by check, validate, the hooks and run: config from the snapshot, the built-in
/// Python analysis (blobs straight from the object database), then the configured validators of the stage.
/// </summary>
public sealed class SnapshotValidation(RepositoryLocation location, ProcessRunner runner)
{
    /// <summary><c>--python PATH</c>: the interpreter to ask, instead of <c>[python] interpreter</c> from the snapshot's config.</summary>
    public string? InterpreterOverride { get; init; }

    /// <summary>The interpreter to ask when neither <c>--python</c> nor the config names one (the gate's own command).</summary>
    public string? InterpreterFallback { get; init; }

    /// <summary>Parsed modules to share with the caller's own analysis of the same snapshot (default: the state directory's).</summary>
    public ParseCache? ParseCache { get; init; }

    public async Task<(ValidationReport Report, HookSuiteConfig Config, IReadOnlyList<string> EntryPoints)> ValidateAsync(
        Repository repo, Snapshot snapshot, ValidatorStage stage, IReadOnlyList<string> entryArguments, bool useCache,
        IProgress<string>? progress, CancellationToken cancellationToken, bool? pythonChangedLocally = null,
        IReadOnlySet<string>? moduleEntries = null)
    {
        var files = new SnapshotFiles(repo, snapshot);
        var config = ConfigReader.Read(files.ReadText, snapshot.PathPrefix);
        if (InterpreterOverride is { } interpreter)
        {
            config = config with { Python = config.Python with { Interpreter = interpreter, InterpreterSource = InterpreterSource.Option } };
        }
        else if (config.Python.Interpreter is null && InterpreterFallback is { } fallback)
        {
            config = config with { Python = config.Python with { Interpreter = fallback, InterpreterSource = InterpreterSource.Command } };
        }
        var entries = EntryPointResolver.Resolve(entryArguments, config.Python, files.Paths);
        var store = new SnapshotStore(location, runner);
        var context = new ValidationContext(location, snapshot, config, stage, entries, ct =>
        {
            progress?.Report($"materializing {snapshot.Label}");
            return store.MaterializeAsync(snapshot, ct);
        })
        { ModuleEntries = moduleEntries ?? new HashSet<string>() };

        var validators = new List<ISnapshotValidator>();
        // --no-cache parses everything again too; otherwise only blobs no earlier run has parsed.
        var parseCache = useCache ? ParseCache ?? ParseCache.Open(location.StateDir) : ParseCache.InMemory();
        var python = GitSourceTrees.FromTree(repo, snapshot.TreeId, snapshot.Label, parseCache);
        if (python.Files.Count > 0)
        {
            progress?.Report($"analysing Python in {snapshot.Label}");
            var changed = pythonChangedLocally ?? await PythonChangedLocallyAsync(cancellationToken);
            validators.Add(PythonValidatorFor(repo, snapshot, python, config, changed, context.ModuleEntries, parseCache));
        }
        validators.AddRange(ValidationRunner.Configured(config, stage, runner));
        var report = await new ValidationRunner(new ResultCache(location)).RunAsync(context, validators, useCache, progress, cancellationToken);
        parseCache.Save();
        return (report, config, entries);
    }

    private PythonValidator PythonValidatorFor(
        Repository repo, Snapshot snapshot, SourceTree tree, HookSuiteConfig config, bool changedLocally, IReadOnlySet<string> moduleEntries,
        ParseCache parseCache)
    {
        var headTreeId = repo.Info.IsHeadUnborn ? null : repo.Head.Tip.Tree.Sha;
        var head = snapshot.Kind == SnapshotKind.Commit && headTreeId is not null && headTreeId != snapshot.TreeId
            ? GitSourceTrees.FromTree(repo, headTreeId, "HEAD", parseCache)
            : null;
        // With no Python change in the working tree (nor untracked .py files) it equals HEAD, which is already looked at.
        var workTree = changedLocally
            ? new Lazy<(SourceTree, HashSet<string>)>(() => GitSourceTrees.FromWorkTreeAsync(location, runner, CancellationToken.None).GetAwaiter().GetResult())
            : null;
        var deployRef = DeployRef.ParseOrDefault(config.DeployRef, repo.Network.Remotes.Select(r => r.Name));
        var name = snapshot.Kind == SnapshotKind.Index ? "the staged index" : snapshot.Revision;
        var diagnosis = new LocalDiagnosis(repo, snapshot.CommitSha, name, head, workTree, snapshot.Kind == SnapshotKind.Index, new FixCommands(deployRef));
        // The verdict depends on local code only through the diagnosis: HEAD's tree is in the key, a dirty working tree disables the cache.
        var localKey = $"{head?.Label}:{headTreeId}:{config.Python.Interpreter}:-m {string.Join(' ', moduleEntries.Order(StringComparer.Ordinal))}";
        return new PythonValidator(tree, diagnosis, localKey, cacheable: !changedLocally, runner);
    }

    /// <summary>Whether the working tree has uncommitted Python changes (the analysis's diagnosis then depends on them).</summary>
    public async Task<bool> PythonChangedLocallyAsync(CancellationToken cancellationToken)
    {
        var status = await new GitCli(location, runner).ReadAsync(GitArgs.Status(), TimeSpan.FromMinutes(5), cancellationToken);
        return PorcelainV2Parser.Parse(status).Any(e => e.Type != StatusEntryType.Ignored && e.Path.EndsWith(".py", StringComparison.Ordinal));
    }
}
