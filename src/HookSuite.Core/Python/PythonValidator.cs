using System.Diagnostics;
using HookSuite.Core.Processes;
using HookSuite.Core.Validation;

namespace HookSuite.Core.Python;

/// <summary>The built-in Python analysis as a validator: reads blobs straight from the object database, never materializes.</summary>
public sealed class PythonValidator(SourceTree snapshot, ILocalDiagnosis? diagnosis, string localStateKey, bool cacheable, ProcessRunner runner)
    : ISnapshotValidator
{
    public string Name => PythonAnalysis.ValidatorName;

    public string CacheKey => "python-analysis-v2\0" + localStateKey;

    public bool Cacheable => cacheable;

    public async Task<ValidatorResult> RunAsync(ValidationContext context, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var python = context.Config.Python;
        Func<string, bool?>? installed = null;
        Func<string, InstalledClass?>? installedClass = null;
        if (python.Interpreter is { } interpreter)
        {
            // A first pass only collects the questions: third-party names, and installed classes that local classes
            // derive from. Then one batched call answers each kind.
            var askedNames = new SortedSet<string>(StringComparer.Ordinal);
            var askedClasses = new SortedSet<string>(StringComparer.Ordinal);
            new PythonAnalysis(snapshot, python, name => { askedNames.Add(name); return true; }, installedClass: path => { askedClasses.Add(path); return null; })
                .Run(context.EntryPoints, context.ModuleEntries);
            var queries = new InterpreterQueries(interpreter, python.InterpreterSource, context.Config.Source, runner);
            var packages = await queries.FindSpecAsync(askedNames, cancellationToken);
            installed = name => packages.TryGetValue(name, out var present) ? present : null;
            var importable = askedClasses.Where(path => installed(path.Split('.')[0]) != false).ToList();
            var classes = await queries.DescribeClassesAsync(importable, cancellationToken);
            installedClass = path => classes.GetValueOrDefault(path);
        }
        var findings = new PythonAnalysis(snapshot, python, installed, diagnosis, installedClass).Run(context.EntryPoints, context.ModuleEntries);
        var failed = findings.Any(f => f.Severity == Severity.Error);
        return new ValidatorResult(Name, failed ? ValidatorOutcome.Failed : ValidatorOutcome.Passed, clock.ElapsedMilliseconds, null, findings,
            failed ? $"{findings.Count(f => f.Severity == Severity.Error)} deploy-breaking error(s)" : null);
    }
}
