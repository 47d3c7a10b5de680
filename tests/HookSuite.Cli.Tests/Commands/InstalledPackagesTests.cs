using System.Text.Json;
using HookSuite.Testing;

namespace HookSuite.Cli.Tests.Commands;

/// <summary>
/// With `[python] interpreter`, the box's real interpreter answers what is installed and what installed base classes
/// give their subclasses. The interpreter here is python3 with a stand-in `torch` package on its PYTHONPATH, so
/// `nn.Module` behaves as in PyTorch: a `__getattr__` that serves only registered parameters, buffers and modules.
/// </summary>
public sealed class InstalledPackagesTests
{
    private const string FakeTorchModule = """
        class Module:
            training: bool

            def __init__(self):
                self._modules = {}
                self.training = True

            def __getattr__(self, name):
                if name in self.__dict__.get("_modules", {}):
                    return self._modules[name]
                raise AttributeError(name)

            def register_buffer(self, name, tensor):
                self._modules[name] = tensor

            def eval(self):
                self.training = False
                return self

            def forward(self, *inputs):
                raise NotImplementedError


        class Lazy:
            def __getattr__(self, name):
                return name
        """;

    private GitWorld _world = null!;

    [SetUp]
    public void CreateWorld()
    {
        _world = GitWorld.Create();
        var site = Path.Combine(_world.Root, "site-packages");
        WriteFile(Path.Combine(site, "torch", "__init__.py"), "from . import nn\n");
        WriteFile(Path.Combine(site, "torch", "nn", "__init__.py"), "from .modules.module import Module, Lazy\n");
        WriteFile(Path.Combine(site, "torch", "nn", "modules", "__init__.py"), "");
        WriteFile(Path.Combine(site, "torch", "nn", "modules", "module.py"), FakeTorchModule + "\nprint('torch says hello on stdout')\n");
        _site = site;
        _world.DeployConfig("[python]\ninterpreter = \"python3\"\nentry_points = [\"train.py\"]\n");
    }

    private string _site = "";

    [TearDown]
    public void DeleteWorld() => _world.Dispose();

    private static void WriteFile(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private (Shell.Result Result, List<string> Errors) Check(params string[] options)
    {
        var result = HookSuiteCli.Run(_world.Work, new Dictionary<string, string?> { ["PYTHONPATH"] = _site }, ["check", "--json", .. options]);
        using var json = JsonDocument.Parse(result.StdOut);
        var errors = json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("severity").GetString() == "error")
            .Select(f => $"{f.GetProperty("rule").GetString()} {f.GetProperty("line").GetInt32()}: {f.GetProperty("message").GetString()}")
            .ToList();
        return (result, errors);
    }

    private void Ship(string model, string train = "from model import Net\n\nNet().forward(1)\n")
    {
        _world.Write("model.py", model).Write("train.py", train).CommitAll("model");
        _world.PushToProduction();
    }

    [Test]
    public void NnModuleSubclass_MethodMissingFromItAndFromTorch_IsReported()
    {
        Ship("""
            from torch import nn

            class Net(nn.Module):
                def __init__(self):
                    super().__init__()
                    self.encoder = nn.Module()
                    self.register_buffer("mask", None)

                def forward(self, x):
                    self.eval()
                    if self.training:
                        return self.encoder, self.mask
                    return self.prepare_for_training(x)
            """);

        var (result, errors) = Check();

        Assert.That(errors, Is.EqualTo(new[] { "missing-attribute 13: 'Net' object has no attribute 'prepare_for_training' in origin/production @ " + _world.Git("rev-parse", "--short", "HEAD").Trim() + " (model.py:3 defines Net)" }), result.StdErr);
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void NnModuleSubclass_WithoutAnInterpreter_MakesNoClaim()
    {
        _world.DeployConfig("[python]\nentry_points = [\"train.py\"]\n");
        Ship("import torch.nn as nn\n\nclass Net(nn.Module):\n    def forward(self, x):\n        return self.prepare_for_training(x)\n");

        var (result, errors) = Check();

        Assert.That(errors, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
    }

    [Test]
    public void SubclassOfAnInstalledClassWithAPlainGetattr_MakesNoClaim()
    {
        Ship("import torch\n\nclass Net(torch.nn.Lazy):\n    def forward(self, x):\n        return self.anything_at_all\n");

        var (result, errors) = Check();

        Assert.That(errors, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
    }

    [Test]
    public void StandardLibraryAndBuiltinBases_AreDescribedToo()
    {
        Ship("""
            import threading

            class Worker(threading.Thread):
                def run(self):
                    print(self.name, self._target, self.is_alive())
                    self.launch()

            class Failed(Exception):
                def __str__(self):
                    return str(self.args) + self.reason

            def forward(x):
                return x
            """, "import model\n\nmodel.forward(1)\n");

        var (_, errors) = Check();

        Assert.That(errors.Select(e => e.Split(':')[0]), Is.EqualTo(new[] { "missing-attribute 6", "missing-attribute 10" }));
        Assert.That(errors[0], Does.Contain("'Worker' object has no attribute 'launch'"));
        Assert.That(errors[1], Does.Contain("'Failed' object has no attribute 'reason'"));
    }

    [Test]
    public void PackageMissingOnTheInterpreter_IsAMissingModule()
    {
        Ship("import torch\nimport wandb\n\ndef forward(x):\n    return x\n", "import model\n\nmodel.forward(1)\n");

        var (result, errors) = Check();

        Assert.That(errors.Single(), Does.StartWith("missing-module 2: No module named 'wandb': it is neither in origin/production"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void PythonOption_ActsAsTheConfiguredInterpreter()
    {
        _world.DeployConfig("[python]\nentry_points = [\"train.py\"]\n");
        Ship("from torch import nn\n\nclass Net(nn.Module):\n    def forward(self, x):\n        return self.prepare_for_training(x)\n");

        var (result, errors) = Check("--python", "python3");

        Assert.That(errors.Single(), Does.StartWith("missing-attribute 5: 'Net' object has no attribute 'prepare_for_training'"), result.StdErr);
    }

    [Test]
    public void PythonOption_ThatDoesNotRun_CannotCheckWithOneLine()
    {
        Ship("import torch\n\ndef forward(x):\n    return x\n", "import model\n\nmodel.forward(1)\n");

        var result = HookSuiteCli.Run(_world.Work, "check", "--python", "/nonexistent/python3");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.StdErr.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(result.StdErr, Does.Contain("/nonexistent/python3").And.Contain("--python"));
    }

    [Test]
    public void UntrackedLookalikeOfAPackage_IsNeverImportedNorTakenForInstalled()
    {
        Ship("import tracker\n\nclass Run(tracker.Base):\n    def go(self):\n        return self.log()\n", "from model import Run\n\nRun().go()\n");
        _world.Write("tracker.py", "open('imported-working-tree-code', 'w').close()\n\nclass Base:\n    def log(self):\n        pass\n");

        var (result, errors) = Check("--no-fetch");

        Assert.That(File.Exists(Path.Combine(_world.Work, "imported-working-tree-code")), Is.False, "the working tree must never run");
        Assert.That(errors.Single(), Does.StartWith("missing-module 1: No module named 'tracker'").And.Contain("only in untracked file tracker.py"), result.StdErr);
    }
}
