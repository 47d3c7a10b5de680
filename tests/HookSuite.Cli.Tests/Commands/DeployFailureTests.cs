using System.Text.Json;
using HookSuite.Testing;

namespace HookSuite.Cli.Tests.Commands;

/// <summary>The four failures that cost a team four GPU deployments, each caught by `hooksuite check` with the right diagnosis.</summary>
public sealed class DeployFailureTests
{
    private GitWorld _world = null!;

    [SetUp]
    public void CreateWorld() => _world = GitWorld.Create();

    [TearDown]
    public void DeleteWorld() => _world.Dispose();

    private (Shell.Result Result, List<JsonElement> Errors) Check()
    {
        var result = HookSuiteCli.Run(_world.Work, "check", "train.py", "--json");
        using var json = JsonDocument.Parse(result.StdOut);
        var errors = json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("severity").GetString() == "error").Select(f => f.Clone()).ToList();
        return (result, errors);
    }

    [Test]
    public void Failure1_ImportFromTheWrongModule_IsAMissingModule()
    {
        _world.Write("models/tok.py", "class Tokenizer:\n    def encode(self, text):\n        return text\n");
        _world.Write("train.py", "from models.tokenizer import Tokenizer\n\nTokenizer().encode('hi')\n").CommitAll("train with tokenizer");
        _world.PushToProduction();

        var (result, errors) = Check();

        Assert.That(result.ExitCode, Is.EqualTo(1));
        var finding = errors.Single();
        Assert.That(finding.GetProperty("rule").GetString(), Is.EqualTo("missing-module"));
        Assert.That(finding.GetProperty("path").GetString(), Is.EqualTo("train.py"));
        Assert.That(finding.GetProperty("line").GetInt32(), Is.EqualTo(1));
        Assert.That(finding.GetProperty("message").GetString(), Does.StartWith("No module named 'models.tokenizer' in origin/production"));
    }

    [Test]
    public void Failure2_MethodThatDoesNotExist_IsAMissingAttribute()
    {
        _world.Write("models/tok.py", "class Tokenizer:\n    def encode(self, text):\n        return text\n\n    def save_pretrained(self, path):\n        pass\n");
        _world.Write("train.py", "from models.tok import Tokenizer\n\ntokenizer = Tokenizer()\ntokenizer.save('out/')\n").CommitAll("save tokenizer");
        _world.PushToProduction();

        var (result, errors) = Check();

        Assert.That(result.ExitCode, Is.EqualTo(1));
        var finding = errors.Single();
        Assert.That(finding.GetProperty("rule").GetString(), Is.EqualTo("missing-attribute"));
        Assert.That((finding.GetProperty("line").GetInt32(), finding.GetProperty("column").GetInt32()), Is.EqualTo((4, 11)));
        Assert.That(finding.GetProperty("message").GetString(), Does.StartWith("'Tokenizer' object has no attribute 'save'"));
    }

    [Test]
    public void Failure3_MethodOnlyInAnUncommittedChange_IsDiagnosedEvenOnAnNnModuleSubclass()
    {
        _world.Write("models/lora.py", "import torch.nn as nn\n\nclass LoraModel(nn.Module):\n    def fit(self):\n        pass\n");
        _world.Write("train.py", "from models.lora import LoraModel\n\nmodel = LoraModel()\nmodel.load_modifications('mods.pt')\nmodel.fit()\n").CommitAll("train loads modifications");
        _world.PushToProduction();
        _world.Write("models/lora.py", "import torch.nn as nn\n\nclass LoraModel(nn.Module):\n    def fit(self):\n        pass\n\n    def load_modifications(self, path):\n        pass\n");

        var (result, errors) = Check();

        Assert.That(result.ExitCode, Is.EqualTo(1));
        var finding = errors.Single();
        Assert.That(finding.GetProperty("rule").GetString(), Is.EqualTo("missing-attribute"));
        Assert.That(finding.GetProperty("message").GetString(), Does.Contain("'LoraModel' object has no attribute 'load_modifications'"));
        Assert.That(finding.GetProperty("message").GetString(), Does.EndWith("it exists only in your uncommitted changes to models/lora.py"));
        Assert.That(finding.GetProperty("hint").GetString(), Does.StartWith("git add -- models/lora.py && git commit && git push origin HEAD:production"));
    }

    [Test]
    public void Failure4_MethodOnlyInAnUnpushedCommit_NamesTheCommit()
    {
        _world.Write("trainer.py", "class Trainer:\n    def run(self):\n        pass\n");
        _world.Write("train.py", "from trainer import Trainer\n\nt = Trainer()\nt.prepare_for_training()\nt.run()\n").CommitAll("train prepares first");
        _world.PushToProduction();
        _world.Write("trainer.py", "class Trainer:\n    def run(self):\n        pass\n\n    def prepare_for_training(self):\n        pass\n");
        var sha = _world.CommitAll("add prepare_for_training");

        var (result, errors) = Check();

        Assert.That(result.ExitCode, Is.EqualTo(1));
        var message = errors.Single().GetProperty("message").GetString();
        Assert.That(message, Does.Contain("'Trainer' object has no attribute 'prepare_for_training'"));
        Assert.That(message, Does.EndWith($"it exists only in commit {sha[..7]} (\"add prepare_for_training\"), which is not in origin/production"));
        Assert.That(errors.Single().GetProperty("hint").GetString(), Does.StartWith("git push origin HEAD:production"));
    }

    [Test]
    public void ModuleOnlyInAnUntrackedFile_IsDiagnosedAsUntracked()
    {
        _world.Write("train.py", "from prep import clean\n\nclean()\n").CommitAll("use prep");
        _world.PushToProduction();
        _world.Write("prep.py", "def clean():\n    pass\n");

        var (_, errors) = Check();

        Assert.That(errors.Single().GetProperty("message").GetString(), Does.EndWith("it exists only in untracked file prep.py"));
    }

    [Test]
    public void HealthyDeploy_PassesWithOnlyUnverifiedThirdPartyInfo()
    {
        _world.Write("train.py", "import torch\nfrom models.lora import LoraModel\n\nLoraModel().fit()\n").CommitAll("healthy");
        _world.PushToProduction();

        var result = HookSuiteCli.Run(_world.Work, "check", "train.py");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.StdOut);
        Assert.That(result.StdOut, Does.Contain("third-party package 'torch' is not verified"));
    }
}
