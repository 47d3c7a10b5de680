using System.Text;
using HookSuite.Core.Config;
using HookSuite.Core.Python;
using HookSuite.Core.Validation;

namespace HookSuite.Core.Tests.Python;

/// <summary>Each rule fires on a minimal case and stays silent on its healthy look-alike.</summary>
public sealed class PythonAnalysisTests
{
    private static List<Finding> Analyze(Dictionary<string, string> files, params string[] entries) =>
        Analyze(files, PythonConfig.Default, entries);

    private static List<Finding> Analyze(Dictionary<string, string> files, PythonConfig config, params string[] entries)
    {
        var tree = new SourceTree("origin/production @ 1234567", files.Keys, p => files.TryGetValue(p, out var t) ? Encoding.UTF8.GetBytes(t) : null);
        return new PythonAnalysis(tree, config).Run(entries).Where(f => f.Severity == Severity.Error).ToList();
    }

    private static readonly Dictionary<string, string> Models = new()
    {
        ["models/__init__.py"] = "from .lora import LoraModel\n__all__ = ['LoraModel']\n",
        ["models/lora.py"] = "class LoraModel:\n    def __init__(self):\n        self.rank = 4\n\n    def fit(self):\n        return self.rank\n\n    @classmethod\n    def from_pretrained(cls, path):\n        return cls()\n",
        ["models/tok.py"] = "class Tokenizer:\n    def encode(self, text):\n        return text\n",
    };

    private static Dictionary<string, string> With(string path, string source) => new(Models) { [path] = source };

    [Test]
    public void MissingModule_ImportFromTheWrongModule_IsReported()
    {
        var findings = Analyze(With("train.py", "from models.tokenizer import Tokenizer\n"), "train.py");

        Assert.That(findings.Single().Rule, Is.EqualTo("missing-module"));
        Assert.That(findings.Single().Message, Does.StartWith("No module named 'models.tokenizer'"));
        Assert.That((findings.Single().Line, findings.Single().Column), Is.EqualTo((1, 1)));
    }

    [Test]
    public void MissingModule_RightModule_IsSilent() =>
        Assert.That(Analyze(With("train.py", "from models.tok import Tokenizer\nimport models.lora\nimport os, json\n"), "train.py"), Is.Empty);

    [Test]
    public void MissingModule_ThirdPartyWithoutInterpreter_IsOnlyInfo()
    {
        var tree = new SourceTree("x", ["train.py"], _ => "import torch\nimport wandb\n"u8.ToArray());

        var findings = new PythonAnalysis(tree, PythonConfig.Default).Run(["train.py"]);

        Assert.That(findings.Select(f => (f.Severity, f.Message.Split(' ')[2])), Is.EqualTo(new[] { (Severity.Info, "'torch'"), (Severity.Info, "'wandb'") }));
    }

    [Test]
    public void MissingModule_NotInstalledOnTheInterpreter_IsAnError()
    {
        var tree = new SourceTree("x", ["train.py"], _ => "import torch\nimport wandb\n"u8.ToArray());

        var findings = new PythonAnalysis(tree, PythonConfig.Default with { Interpreter = "python3" }, name => name == "torch").Run(["train.py"]);

        Assert.That(findings.Single().Message, Does.StartWith("No module named 'wandb'"));
    }

    [Test]
    public void MissingModule_GuardedByImportErrorWithFallback_IsSilent() =>
        Assert.That(Analyze(With("train.py", "try:\n    from models.fast import Fast\nexcept ImportError:\n    Fast = None\n"), "train.py"), Is.Empty);

    [Test]
    public void MissingModule_GuardedButHandlerReraises_IsReported() =>
        Assert.That(Analyze(With("train.py", "try:\n    from models.fast import Fast\nexcept ImportError:\n    raise\n"), "train.py").Single().Rule,
            Is.EqualTo("missing-module"));

    [Test]
    public void MissingModule_UnderTypeChecking_IsSilent() =>
        Assert.That(Analyze(With("train.py", "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from models.stubs import X\n"), "train.py"), Is.Empty);

    [Test]
    public void MissingModule_InsideAFunction_StillCounts() =>
        Assert.That(Analyze(With("train.py", "def main():\n    from models.gone import X\n"), "train.py").Single().Rule, Is.EqualTo("missing-module"));

    [Test]
    public void MissingName_NotDefinedInLocalModule_IsReported()
    {
        var findings = Analyze(With("train.py", "from models.lora import LoraModel, load_modifications\n"), "train.py");

        Assert.That(findings.Single().Rule, Is.EqualTo("missing-name"));
        Assert.That(findings.Single().Message, Does.StartWith("cannot import name 'load_modifications' from 'models.lora' (models/lora.py)"));
    }

    [Test]
    public void MissingName_ReexportedSubmoduleOrStarExported_IsSilent()
    {
        var files = With("train.py", "from models import LoraModel, lora, tok\nfrom models.all import Tokenizer\n");
        files["models/all.py"] = "from .tok import *\n";

        Assert.That(Analyze(files, "train.py"), Is.Empty);
    }

    [Test]
    public void MissingName_ModuleWithGetattr_IsSilent()
    {
        var files = With("train.py", "from models.lazy import anything\n");
        files["models/lazy.py"] = "def __getattr__(name):\n    return name\n";

        Assert.That(Analyze(files, "train.py"), Is.Empty);
    }

    [Test]
    public void MissingAttribute_MethodNotOnLocalClass_IsReported()
    {
        var findings = Analyze(With("train.py", "from models.tok import Tokenizer\ntokenizer = Tokenizer()\ntokenizer.save('out')\n"), "train.py");

        Assert.That(findings.Single().Rule, Is.EqualTo("missing-attribute"));
        Assert.That(findings.Single().Message, Does.StartWith("'Tokenizer' object has no attribute 'save'"));
        Assert.That((findings.Single().Line, findings.Single().Column), Is.EqualTo((3, 11)));
    }

    [Test]
    public void MissingAttribute_ExistingMethodAndSelfAttribute_IsSilent() =>
        Assert.That(Analyze(With("train.py", "from models.lora import LoraModel\nm = LoraModel.from_pretrained('x')\nm.fit()\nprint(m.rank)\n"), "train.py"), Is.Empty);

    [Test]
    public void MissingAttribute_ViaClassmethodConstructor_IsReported() =>
        Assert.That(Analyze(With("train.py", "from models.lora import LoraModel\nm = LoraModel.from_pretrained('x')\nm.load_modifications()\n"), "train.py").Single().Rule,
            Is.EqualTo("missing-attribute"));

    [Test]
    public void MissingAttribute_SelfInMethod_IsReported() =>
        Assert.That(Analyze(With("trainer.py", "class Trainer:\n    def run(self):\n        self.prepare_for_training()\n"), "trainer.py").Single().Message,
            Does.StartWith("'Trainer' object has no attribute 'prepare_for_training'"));

    [Test]
    public void MissingAttribute_AnnotatedParameter_IsReported() =>
        Assert.That(Analyze(With("train.py", "from models.tok import Tokenizer\ndef go(t: Tokenizer):\n    t.save()\n"), "train.py").Single().Rule,
            Is.EqualTo("missing-attribute"));

    [Test]
    public void MissingAttribute_UnknownBaseLikeNnModule_IsSilent() =>
        Assert.That(Analyze(With("net.py", "import torch.nn as nn\nclass Net(nn.Module):\n    def forward(self, x):\n        return self.encoder(x) + self.missing_thing\n"), "net.py"), Is.Empty);

    [Test]
    public void MissingAttribute_RegisteredBufferOnALocalModule_IsSilent() =>
        Assert.That(Analyze(With("net.py", "class Net:\n    def __init__(self):\n        self.register_buffer('mask', None)\n    def go(self):\n        return self.mask\n    def register_buffer(self, name, value):\n        pass\n"), "net.py"), Is.Empty);

    [Test]
    public void MissingAttribute_SubclassDefinesIt_IsSilent() =>
        Assert.That(Analyze(With("base.py", "class Base:\n    def run(self):\n        return self.step()\nclass Child(Base):\n    def step(self):\n        return 1\n"), "base.py"), Is.Empty);

    [TestCase("REGISTRY = {'lora': Mixin}\n")]
    [TestCase("def build(base=Mixin):\n    return type('Built', (base,), {})\n")]
    [TestCase("chosen = Mixin\n")]
    [TestCase("def pick():\n    return Mixin\n")]
    public void MissingAttribute_ClassUsedAsAValue_MayBeCombinedElsewhereSoIsSilent(string use) =>
        Assert.That(Analyze(With("mixin.py", "class Mixin:\n    def run(self):\n        return self.step()\n" + use), "mixin.py"), Is.Empty);

    [Test]
    public void MissingAttribute_ClassOnlyCalled_IsStillReported() =>
        Assert.That(Analyze(With("mixin.py", "class Mixin:\n    def run(self):\n        return self.step()\n\nMixin().run()\n"), "mixin.py").Single().Message,
            Does.StartWith("'Mixin' object has no attribute 'step'"));

    [Test]
    public void MissingModule_MainModule_IsAlwaysThere()
    {
        var tree = new SourceTree("x", ["train.py"], _ => "import __main__\nprint(__main__.__file__)\n"u8.ToArray());

        Assert.That(new PythonAnalysis(tree, PythonConfig.Default).Run(["train.py"]), Is.Empty);
    }

    [Test]
    public void MissingAttribute_HasattrGuardOrDynamicClass_IsSilent() =>
        Assert.That(Analyze(With("a.py", "class A:\n    def __getattr__(self, n):\n        return n\nclass B:\n    def go(self):\n        if hasattr(self, 'extra'):\n            self.extra()\nA().anything\n"), "a.py"), Is.Empty);

    [Test]
    public void MissingAttribute_ModuleAttribute_IsReported()
    {
        var findings = Analyze(With("train.py", "import models.lora as lora\nlora.LoraModel()\nlora.load_modifications()\n"), "train.py");

        Assert.That(findings.Single().Message, Does.StartWith("module 'models.lora' has no attribute 'load_modifications'"));
    }

    [Test]
    public void RelativeImport_InAScript_IsReported() =>
        Assert.That(Analyze(With("train.py", "from .models import lora\n"), "train.py").Single().Rule, Is.EqualTo("relative-import"));

    [Test]
    public void RelativeImport_BeyondTopLevelPackage_IsReported() =>
        Assert.That(Analyze(With("models/deep.py", "from ... import x\n")).Single().Message, Is.EqualTo("attempted relative import beyond top-level package"));

    [Test]
    public void RelativeImport_InsideAPackage_IsSilent() =>
        Assert.That(Analyze(With("models/extra.py", "from .lora import LoraModel\nfrom . import tok\n")), Is.Empty);

    [Test]
    public void SyntaxError_IsReportedWithItsPosition()
    {
        var finding = Analyze(With("train.py", "def broken(:\n    pass\n"), "train.py").Single();

        Assert.That(finding.Rule, Is.EqualTo("syntax-error"));
        Assert.That(finding.Line, Is.EqualTo(1));
    }

    [Test]
    public void EntryPoints_OnlyTheirImportClosureIsAnalysed()
    {
        var files = With("train.py", "import models.tok\n");
        files["unrelated.py"] = "from models.nothing import X\n";

        Assert.That(Analyze(files, "train.py"), Is.Empty);
        Assert.That(Analyze(files).Single().Path, Is.EqualTo("unrelated.py"));
    }

    [Test]
    public void SrcLayoutAndNamespacePackages_Resolve()
    {
        var files = new Dictionary<string, string>
        {
            ["src/proj/__init__.py"] = "",
            ["src/proj/core.py"] = "def run():\n    pass\n",
            ["plugins/vision/model.py"] = "class V:\n    pass\n",
            ["scripts/train.py"] = "from proj.core import run\nfrom plugins.vision.model import V\n",
        };

        Assert.That(Analyze(files, "scripts/train.py"), Is.Empty);
    }
}
