using System.Text.Json;
using HookSuite.Core.Processes;
using HookSuite.Core.Python;

namespace HookSuite.Core.Tests.Python;

/// <summary>
/// Our structural parser against CPython's own ast, file by file: over the installed standard library and the
/// ML corpus, the imports and the module-level definitions must be the same.
/// </summary>
public sealed class AstDifferentialTests
{
    private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "Python", "ast_extract.py");

    [Test]
    public async Task Parser_OnTheStandardLibraryAndTheCorpus_AgreesWithCpythonAst()
    {
        var files = StandardLibraryFiles().Concat(CorpusFiles()).ToList();
        Assert.That(files, Has.Count.GreaterThan(500), "the standard library should be found");

        var reference = await RunAstAsync(files);
        var compared = 0;
        var disagreements = new List<string>();
        foreach (var file in files)
        {
            if (!reference.TryGetValue(file, out var expected) || !expected.GetProperty("ok").GetBoolean())
            {
                continue;
            }
            compared++;
            var ours = ModuleParser.Parse(await File.ReadAllBytesAsync(file));
            var difference = Difference(expected, ours);
            if (difference is not null)
            {
                disagreements.Add($"{file}: {difference}");
            }
        }

        var rate = 100.0 * (compared - disagreements.Count) / compared;
        TestContext.Progress.WriteLine($"ast differential: {compared - disagreements.Count} of {compared} files agree ({rate:0.00} %)");
        foreach (var line in disagreements.Take(30))
        {
            TestContext.Out.WriteLine(line);
        }
        Assert.That(disagreements, Is.Empty, $"{disagreements.Count} of {compared} files disagree; first: {disagreements.FirstOrDefault()}");
    }

    private static string? Difference(JsonElement expected, ModuleSymbols ours)
    {
        if (ours.SyntaxError is { } error)
        {
            return $"we report a syntax error at {error.Line}:{error.Column}: {error.Message}";
        }
        var expectedImports = expected.GetProperty("imports").EnumerateArray()
            .Select(i => $"{i[0]}|{i[1].GetBoolean()}|{i[2].GetString()}|{i[3]}|{i[4].GetString()}|{(i[5].ValueKind == JsonValueKind.Null ? "" : i[5].GetString())}")
            .Order(StringComparer.Ordinal).ToList();
        var ourImports = ours.Imports
            .SelectMany(i => i.Names.Select(n => $"{i.Line}|{i.IsFrom}|{i.Module}|{i.Level}|{n.Name}|{n.AsName ?? ""}"))
            .Order(StringComparer.Ordinal).ToList();
        if (!expectedImports.SequenceEqual(ourImports))
        {
            return $"imports differ: ast-only [{string.Join(", ", expectedImports.Except(ourImports).Take(3))}] ours-only [{string.Join(", ", ourImports.Except(expectedImports).Take(3))}]";
        }
        var expectedDefs = expected.GetProperty("defs").EnumerateArray()
            .Select(d => $"{d[0].GetString()}|{d[1].GetString()}|{d[2]}").Order(StringComparer.Ordinal).ToList();
        var ourDefs = ours.Definitions.Select(d => $"{d.Kind}|{d.Name}|{d.Line}").Order(StringComparer.Ordinal).ToList();
        if (!expectedDefs.SequenceEqual(ourDefs))
        {
            return $"definitions differ: ast-only [{string.Join(", ", expectedDefs.Except(ourDefs).Take(3))}] ours-only [{string.Join(", ", ourDefs.Except(expectedDefs).Take(3))}]";
        }
        return null;
    }

    private static async Task<Dictionary<string, JsonElement>> RunAstAsync(List<string> files)
    {
        var result = await new ProcessRunner().RunAsync(new ProcessRequest("python3", [Script])
        {
            StandardInput = string.Join('\n', files) + "\n",
            Timeout = TimeSpan.FromMinutes(5),
        });
        Assert.That(result.ExitCode, Is.EqualTo(0), result.StandardError);
        return result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToDictionary(e => e.GetProperty("path").GetString()!, e => e);
    }

    internal static IEnumerable<string> StandardLibraryFiles()
    {
        var stdlib = Path.GetDirectoryName(typeof(object).Assembly.Location) is not null ? StdlibDirectory() : null;
        return stdlib is null
            ? []
            : Directory.EnumerateFiles(stdlib, "*.py", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}site-packages{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal);
    }

    internal static IEnumerable<string> CorpusFiles()
    {
        var corpus = Path.Combine(AppContext.BaseDirectory, "Python", "Corpus");
        return Directory.Exists(corpus) ? Directory.EnumerateFiles(corpus, "*.py", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : [];
    }

    private static string? StdlibDirectory()
    {
        var probe = HookSuite.Testing.Shell.Run(Directory.GetCurrentDirectory(), "python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"]);
        return probe.ExitCode == 0 ? probe.StdOut.Trim() : null;
    }
}
