using HookSuite.Core.Config;
using HookSuite.Core.Python;
using HookSuite.Core.Validation;

namespace HookSuite.Core.Tests.Python;

/// <summary>
/// A local subclass of torch.nn.Module, described by PyTorch itself through the interpreter: what neither the subclass
/// nor nn.Module has is reported, even though nn.Module defines __getattr__ (pylint and pyright go silent there).
/// </summary>
public sealed class InstalledBaseTests
{
    private const string Model = """
        import torch
        from torch import nn

        class Net(nn.Module):
            def __init__(self):
                super().__init__()
                self.proj = nn.Linear(4, 4)
                self.register_buffer("mask", torch.ones(4))

            def forward(self, x):
                self.to("cpu")
                if self.training:
                    x = x * self.mask
                for p in self.parameters():
                    p.requires_grad_(False)
                return self.proj(x) + self.proj.weight.sum()

            def fit(self):
                self.prepare_for_training()
        """;

    private static async Task<List<string>> AnalyzeWithRealTorch(string source)
    {
        var tree = new SourceTree("origin/production @ 1234567", ["model.py"], _ => System.Text.Encoding.UTF8.GetBytes(source));
        var asked = new SortedSet<string>(StringComparer.Ordinal);
        new PythonAnalysis(tree, PythonConfig.Default, _ => true, installedClass: path => { asked.Add(path); return null; }).Run([]);
        var classes = await RealTorch.Queries().DescribeClassesAsync(asked, CancellationToken.None);
        Assert.That(classes.GetValueOrDefault("torch.nn.Module"), Is.Not.Null, RealTorch.Missing);
        return new PythonAnalysis(tree, PythonConfig.Default, _ => true, installedClass: classes.GetValueOrDefault).Run([])
            .Where(f => f.Severity == Severity.Error).Select(f => $"{f.Line}: {f.Message}").ToList();
    }

    [Test]
    public async Task NnModuleSubclass_MethodNeitherItNorTorchDefines_IsReported() =>
        Assert.That(await AnalyzeWithRealTorch(Model),
            Is.EqualTo(new[] { "19: 'Net' object has no attribute 'prepare_for_training' in origin/production @ 1234567 (model.py:4 defines Net)" }));

    [Test]
    public async Task NnModuleSubclass_WhatTorchAndRegistrationProvide_IsSilent() =>
        Assert.That(await AnalyzeWithRealTorch(Model.Replace("self.prepare_for_training()", "self.eval()\n        self.zero_grad()", StringComparison.Ordinal)), Is.Empty);

    [Test]
    public async Task DescribeClasses_UnimportableOrNotAClass_IsUnknown()
    {
        var classes = await RealTorch.Queries()
            .DescribeClassesAsync(["no_such_package.Thing", "os.path.join", "threading.Thread"], CancellationToken.None);

        Assert.That(classes["no_such_package.Thing"], Is.Null);
        Assert.That(classes["os.path.join"], Is.Null);
        Assert.That(classes["threading.Thread"]!.Members, Does.Contain("_target").And.Contain("start"));
    }

    [Test]
    public async Task DescribeClasses_AttributesByComputedName_AreDynamicButNnModuleIsNot()
    {
        var classes = await RealTorch.Queries()
            .DescribeClassesAsync(["argparse.Namespace", "torch.nn.Module", "torch.nn.Linear"], CancellationToken.None);

        Assert.That(classes["argparse.Namespace"]!.Dynamic, Is.True, "Namespace sets attributes with setattr(self, name, …)");
        Assert.That(classes["torch.nn.Module"], Is.Not.Null, RealTorch.Missing);
        Assert.That(classes["torch.nn.Module"]!.Dynamic, Is.False);
        Assert.That(classes["torch.nn.Linear"]!.Members, Does.Contain("in_features").And.Contain("weight").And.Contain("training"));
    }
}
