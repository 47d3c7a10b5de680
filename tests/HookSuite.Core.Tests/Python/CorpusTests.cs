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

    /// <summary>
    /// Debian's python3-torch (installed by .ci/run) describes nn.Module for real: every attribute the corpus's
    /// modules read on self must be found in it or in their own code.
    /// </summary>
    [TestCase("lora_trainer")]
    [TestCase("srclayout")]
    public async Task Analyze_HealthyCorpusWithRealTorchDescribingItsBases_FindsNoErrors(string repository)
    {
        var tree = Repository(repository);
        var asked = new SortedSet<string>(StringComparer.Ordinal);
        new PythonAnalysis(tree, PythonConfig.Default, _ => true, installedClass: path => { asked.Add(path); return null; }).Run([]);
        var classes = await RealTorch.Queries().DescribeClassesAsync(asked, CancellationToken.None);

        var findings = new PythonAnalysis(tree, PythonConfig.Default, _ => true, installedClass: classes.GetValueOrDefault).Run([]);

        if (repository == "lora_trainer")
        {
            Assert.That(classes.GetValueOrDefault("torch.nn.Module"), Is.Not.Null, RealTorch.Missing);
        }
        Assert.That(findings.Where(f => f.Severity == Severity.Error).Select(f => $"{f.Path}:{f.Line}: {f.Rule}: {f.Message}"), Is.Empty);
    }
}
