using System.Diagnostics;
using System.Text.Json;
using HookSuite.Core.Errors;
using HookSuite.Core.Processes;
using HookSuite.Core.Validation;

namespace HookSuite.Core.Python;

/// <summary>The built-in Python analysis as a validator: reads blobs straight from the object database, never materializes.</summary>
public sealed class PythonValidator(SourceTree snapshot, ILocalDiagnosis? diagnosis, string localStateKey, bool cacheable, ProcessRunner runner)
    : ISnapshotValidator
{
    private const string FindSpecScript =
        "import sys, json, importlib.util\n" +
        "out = {}\n" +
        "for name in sys.stdin.read().split():\n" +
        "    try:\n" +
        "        out[name] = importlib.util.find_spec(name) is not None\n" +
        "    except Exception:\n" +
        "        out[name] = False\n" +
        "print(json.dumps(out))\n";

    public string Name => PythonAnalysis.ValidatorName;

    public string CacheKey => "python-analysis-v1\0" + localStateKey;

    public bool Cacheable => cacheable;

    public async Task<ValidatorResult> RunAsync(ValidationContext context, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var python = context.Config.Python;
        Func<string, bool?>? installed = null;
        if (python.Interpreter is { } interpreter)
        {
            // First pass only collects the third-party names; one batched find_spec call answers them all.
            var asked = new SortedSet<string>(StringComparer.Ordinal);
            new PythonAnalysis(snapshot, python, name => { asked.Add(name); return true; }).Run(context.EntryPoints, context.ModuleEntries);
            var answers = await FindSpecAsync(interpreter, asked, context, cancellationToken);
            installed = name => answers.TryGetValue(name, out var present) ? present : null;
        }
        var findings = new PythonAnalysis(snapshot, python, installed, diagnosis).Run(context.EntryPoints, context.ModuleEntries);
        var failed = findings.Any(f => f.Severity == Severity.Error);
        return new ValidatorResult(Name, failed ? ValidatorOutcome.Failed : ValidatorOutcome.Passed, clock.ElapsedMilliseconds, null, findings,
            failed ? $"{findings.Count(f => f.Severity == Severity.Error)} deploy-breaking error(s)" : null);
    }

    private async Task<Dictionary<string, bool>> FindSpecAsync(
        string interpreter, IEnumerable<string> names, ValidationContext context, CancellationToken cancellationToken)
    {
        var list = names.ToList();
        if (list.Count == 0)
        {
            return [];
        }
        var result = await runner.RunAsync(new ProcessRequest(interpreter, ["-c", FindSpecScript])
        {
            StandardInput = string.Join('\n', list),
            Timeout = TimeSpan.FromSeconds(60),
            Environment = ChildEnvironment.Create(),
        }, cancellationToken);
        if (!result.Succeeded)
        {
            throw new HookSuiteException(
                $"the interpreter {interpreter} (from [python] interpreter in {context.Config.Source}) could not check installed packages: " +
                $"{GitCommandException.FirstLine(result.StandardError)} — fix the path or remove the key");
        }
        try
        {
            return JsonSerializer.Deserialize(result.StandardOutput.Trim(), Reporting.JsonOutput.Default.DictionaryStringBoolean) ?? [];
        }
        catch (JsonException)
        {
            throw new HookSuiteException($"the interpreter {interpreter} printed something unexpected instead of the package list — is it a Python 3?");
        }
    }
}
