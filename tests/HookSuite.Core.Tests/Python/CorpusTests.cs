using HookSuite.Core.Config;
using HookSuite.Core.Python;
using HookSuite.Core.Validation;

namespace HookSuite.Core.Tests.Python;

/// <summary>Healthy, realistic ML repositories: the analysis must find nothing wrong in them.</summary>
public sealed class CorpusTests
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "Python", "Corpus");

    private static SourceTree Repository(string name)
    {
        var root = Path.Combine(Corpus, name);
        var files = Directory.EnumerateFiles(root, "*.py", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'));
        return new SourceTree(name, files, p => File.ReadAllBytes(Path.Combine(root, p)));
    }

    [TestCase("lora_trainer", new string[0])]
    [TestCase("lora_trainer", new[] { "scripts/train.py" })]
    [TestCase("lora_trainer", new[] { "scripts/evaluate.py" })]
    [TestCase("srclayout", new string[0])]
    [TestCase("srclayout", new[] { "tools/export.py" })]
    public void Analyze_HealthyCorpusRepository_FindsNoErrors(string repository, string[] entries)
    {
        var findings = new PythonAnalysis(Repository(repository), PythonConfig.Default).Run(entries);

        var errors = findings.Where(f => f.Severity == Severity.Error).Select(f => $"{f.Path}:{f.Line}: {f.Rule}: {f.Message}");
        Assert.That(errors, Is.Empty);
        Assert.That(findings.Where(f => f.Severity == Severity.Info).Select(f => f.Rule), Is.All.EqualTo("unverified-module"),
            "only third-party packages may be left unverified");
    }
}
