using System.Text;
using HookSuite.Core.Git;
using HookSuite.Core.Python;
using HookSuite.Testing;

namespace HookSuite.Core.Tests.Python;

/// <summary>Parsed modules kept by blob id across runs: read back exactly as parsed, reused, and never trusted when damaged.</summary>
public sealed class ParseCacheTests
{
    private GitWorld _world = null!;
    private readonly List<IDisposable> _repositories = [];

    [SetUp]
    public void CreateWorld() => _world = GitWorld.Create();

    [TearDown]
    public void DeleteWorld()
    {
        _repositories.ForEach(r => r.Dispose());
        _repositories.Clear();
        _world.Dispose();
    }

    [Test]
    public void Format_EveryStandardLibraryAndCorpusModule_ReadsBackAsParsed()
    {
        var files = AstDifferentialTests.StandardLibraryFiles().Concat(AstDifferentialTests.CorpusFiles()).ToList();
        Assert.That(files, Has.Count.GreaterThan(500), "the standard library should be found");
        var differing = new List<string>();
        foreach (var file in files)
        {
            var parsed = ModuleParser.Parse(File.ReadAllBytes(file));
            var entry = ModuleSymbolsFormat.Write(parsed);
            var read = ModuleSymbolsFormat.Read(entry, 0, entry.Length, s => s);
            if (Describe(read) != Describe(parsed))
            {
                differing.Add(file);
            }
        }

        TestContext.Progress.WriteLine($"parse cache format: {files.Count - differing.Count} of {files.Count} modules read back as parsed");
        Assert.That(differing, Is.Empty);
    }

    [Test]
    public void SecondRun_AfterACommitChangingOneFile_ParsesOnlyThatFile()
    {
        _world.Write("models/a.py", "class A:\n    def f(self):\n        return self.g()\n\n    def g(self):\n        return 1\n")
            .Write("models/b.py", "from .a import A\n").Write("train.py", "from models.b import A\n").CommitAll("three files");
        var first = TreeAtHead(out var stateDir);
        first.ParseAll(first.Files);
        first.Cache!.Save();
        Assert.That(first.ParsedFromSource, Is.EqualTo(first.Files.Count).And.GreaterThanOrEqualTo(3));

        _world.Write("train.py", "from models.b import A\nA().f()\n").CommitAll("one file changed");
        var second = TreeAtHead(out _);
        second.ParseAll(second.Files);

        Assert.That(second.Cache!.StoredCount, Is.EqualTo(first.Files.Count));
        Assert.That(second.ParsedFromSource, Is.EqualTo(1));
        Assert.That(second.Parse("models/a.py")!.Classes["A"].Methods.Keys, Is.EqualTo(new[] { "f", "g" }));
        Assert.That(File.Exists(Path.Combine(stateDir, "python-parse.cache")));
    }

    [TestCase("garbage")]
    [TestCase("truncated")]
    public void DamagedCacheFile_IsIgnored(string damage)
    {
        _world.Write("train.py", "import os\nprint(os.sep)\n").CommitAll("one file");
        var tree = TreeAtHead(out var stateDir);
        tree.ParseAll(tree.Files);
        tree.Cache!.Save();
        var path = Path.Combine(stateDir, "python-parse.cache");
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, damage == "garbage" ? Encoding.UTF8.GetBytes("not a cache at all") : bytes[..(bytes.Length - 5)]);

        var again = TreeAtHead(out _);

        Assert.That(again.Cache!.StoredCount, Is.Zero);
        Assert.That(again.Parse("train.py")!.Imports.Single().Module, Is.EqualTo("os"));
        Assert.That(again.ParsedFromSource, Is.EqualTo(1));
    }

    private SourceTree TreeAtHead(out string stateDir)
    {
        var location = RepositoryLocator.Locate(_world.Work);
        var repo = RepositoryLocator.Open(location);
        _repositories.Add(repo);
        stateDir = location.StateDir;
        return GitSourceTrees.FromTree(repo, repo.Head.Tip.Tree.Sha, "HEAD", ParseCache.Open(location.StateDir));
    }

    /// <summary>Everything the analysis reads from a parsed module, in a stable order.</summary>
    private static string Describe(ModuleSymbols m)
    {
        static string Set(IEnumerable<string> values) => string.Join(",", values.Order(StringComparer.Ordinal));
        static string Class(ClassInfo c) =>
            $"{c.Name}@{c.Line}:{c.Column} dyn={c.Dynamic} bases={string.Join(",", c.Bases)} members={Set(c.Members)} " +
            $"methods={string.Join(",", c.Methods.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}:{p.Value}"))} " +
            $"ctors={Set(c.Constructors)} nested=[{string.Join(";", c.Nested.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={Class(p.Value)}"))}]";
        static string Binding(Binding? b) => b is null ? "-" : $"{b.CallOf}|{b.Annotation}";
        var text = new StringBuilder();
        text.AppendLine($"error={m.SyntaxError?.Message}@{m.SyntaxError?.Line}:{m.SyntaxError?.Column}");
        text.AppendLine($"names={Set(m.Names)}");
        foreach (var i in m.Imports)
        {
            text.AppendLine($"import {i.Line}:{i.Column} {i.IsFrom} {i.Module} {i.Level} {string.Join(",", i.Names.Select(n => $"{n.Name} as {n.AsName}"))} {i.Guarded} {i.TypeCheckingOnly} {i.InFunction}");
        }
        text.AppendLine($"defs={string.Join(",", m.Definitions.Select(d => $"{d.Kind}:{d.Name}:{d.Line}"))}");
        foreach (var (name, cls) in m.Classes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.AppendLine($"class {name}={Class(cls)}");
        }
        foreach (var use in m.AttributeUses)
        {
            text.AppendLine($"use {string.Join(".", use.Chain)} {string.Join(",", use.Positions)} self={(use.SelfClass is null ? "-" : Class(use.SelfClass))} {Binding(use.Binding)}");
        }
        foreach (var name in m.Names.Order(StringComparer.Ordinal))
        {
            text.AppendLine($"bind {name}={Binding(m.ModuleScope.SoleBindingHere(name))}");
        }
        text.AppendLine($"all={(m.All is null ? "none" : string.Join(",", m.All))} open={m.Open} computed={m.SetsComputedAttributes}");
        text.AppendLine($"probed={Set(m.ProbedAttributes)} assigned={Set(m.AssignedAttributes)} passed={Set(m.NamesPassedAsArguments)}");
        return text.ToString();
    }
}
