using System.Text.Json;
using HookSuite.Core.Config;
using HookSuite.Core.Errors;
using HookSuite.Core.Processes;

namespace HookSuite.Core.Python;

/// <summary>
/// The two batched questions the analysis asks the target interpreter (<c>[python] interpreter</c>): which top-level
/// packages are installed (<c>importlib.util.find_spec</c>, importing nothing), and what installed base classes give
/// their subclasses (this one imports the packages that define them).
/// </summary>
/// <param name="configFile">The config the snapshot was read with, named when the interpreter comes from it.</param>
public sealed class InterpreterQueries(string interpreter, InterpreterSource source, string configFile, ProcessRunner runner)
{
    /// <summary>How errors name where the interpreter came from, and how to fix it.</summary>
    private string Named => source switch
    {
        InterpreterSource.Option => $"the interpreter {interpreter} (from --python)",
        InterpreterSource.Command => $"the interpreter {interpreter} (from the command to run)",
        _ => $"the interpreter {interpreter} (from [python] interpreter in {configFile})",
    };

    private string Fix => source == InterpreterSource.Config ? "fix the path or remove the key" : "fix the path";

    private const string FindSpecScript =
        "import sys, json, importlib.util\n" +
        "out = {}\n" +
        "for name in sys.stdin.read().split():\n" +
        "    if name in sys.modules or name in sys.builtin_module_names:\n" +
        "        out[name] = True\n" +
        "        continue\n" +
        "    try:\n" +
        "        out[name] = importlib.util.find_spec(name) is not None\n" +
        "    except Exception:\n" +
        "        out[name] = False\n" +
        "print(json.dumps(out))\n";

    private static readonly Lazy<string> DescribeClassesScript = new(() =>
    {
        using var stream = typeof(InterpreterQueries).Assembly.GetManifestResourceStream("HookSuite.Python.describe_classes.py")
            ?? throw new InvalidOperationException("describe_classes.py is not embedded in HookSuite.Core");
        return new StreamReader(stream).ReadToEnd();
    });

    /// <summary>Whether each top-level name is importable. A broken interpreter is a configuration error (exit 2).</summary>
    public async Task<Dictionary<string, bool>> FindSpecAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        if (names.Count == 0)
        {
            return [];
        }
        var result = await RunAsync(FindSpecScript, names, TimeSpan.FromSeconds(60), cancellationToken);
        if (!result.Succeeded)
        {
            throw new HookSuiteException(
                $"{Named} could not check installed packages: {GitCommandException.FirstLine(result.StandardError)} — {Fix}");
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

    /// <summary>
    /// What each class (a dotted path such as <c>torch.nn.Module</c>) gives its instances; null for one that cannot be
    /// imported or is not a class. A package that crashes or hangs on import leaves every class unknown: no claim.
    /// </summary>
    public async Task<Dictionary<string, InstalledClass?>> DescribeClassesAsync(IReadOnlyCollection<string> paths, CancellationToken cancellationToken)
    {
        var answers = paths.ToDictionary(p => p, _ => (InstalledClass?)null, StringComparer.Ordinal);
        if (paths.Count == 0)
        {
            return answers;
        }
        var result = await RunAsync(DescribeClassesScript.Value, paths, TimeSpan.FromSeconds(120), cancellationToken);
        if (!result.Succeeded)
        {
            return answers;
        }
        try
        {
            using var document = JsonDocument.Parse(result.StandardOutput);
            foreach (var entry in document.RootElement.EnumerateObject())
            {
                if (entry.Value.ValueKind == JsonValueKind.Object && answers.ContainsKey(entry.Name))
                {
                    var members = entry.Value.GetProperty("members").EnumerateArray().Select(m => m.GetString()!).ToHashSet(StringComparer.Ordinal);
                    answers[entry.Name] = new InstalledClass(members, entry.Value.GetProperty("dynamic").GetBoolean());
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            // Not the answer we asked for: every class stays unknown.
        }
        return answers;
    }

    private async Task<ProcessResult> RunAsync(string script, IEnumerable<string> input, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            return await runner.RunAsync(new ProcessRequest(interpreter, ["-c", script])
            {
                // `python -c` puts its working directory first on sys.path: from the repository, an untracked
                // wandb.py would pass for the installed package, and importing it would run working-tree code.
                WorkingDirectory = Path.GetTempPath(),
                StandardInput = string.Join('\n', input),
                Timeout = timeout,
                Environment = ChildEnvironment.Create(),
            }, cancellationToken);
        }
        catch (HookSuiteException ex) when (ex.InnerException is not null)
        {
            // It could not even start: name where it was configured, so the fix is obvious.
            throw new HookSuiteException(
                $"{Named} cannot be started: {ex.InnerException.InnerException?.Message ?? ex.InnerException.Message} — {Fix}",
                ExitCodes.CannotCheck, ex);
        }
    }
}
