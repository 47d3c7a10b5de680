using HookSuite.Testing;

namespace HookSuite.Cli.Tests.Hooks;

/// <summary>Real `git commit`, `git push` and `git pull` with the hooks installed by `hooksuite install`.</summary>
public sealed class InstalledHookTests
{
    private const string LoraWithMethod = "class LoraModel:\n    def fit(self):\n        pass\n\n    def load_modifications(self, path):\n        pass\n";

    private GitWorld _world = null!;

    [SetUp]
    public void CreateWorldAndInstall()
    {
        _world = GitWorld.Create();
        var install = HookSuiteCli.Run(_world.Work, "install");
        Assert.That(install.ExitCode, Is.EqualTo(0), install.StdErr);
    }

    [TearDown]
    public void DeleteWorld() => _world.Dispose();

    private Shell.Result Git(params string[] arguments) => Shell.Run(_world.Work, "git", arguments);

    private Shell.Result Git(IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        Shell.Run(_world.Work, "git", arguments, environment);

    private string RemoteProduction() => Shell.Git(_world.Origin, "rev-parse", "refs/heads/production").Trim();

    [Test]
    public void PreCommit_StagedCallToAMethodOnlyInAnUnstagedHunk_IsRejectedUntilTheFileIsAdded()
    {
        _world.Write("train.py", "from models.lora import LoraModel\n\nmodel = LoraModel()\nmodel.load_modifications('m.pt')\n");
        _world.Git("add", "train.py");
        _world.Write("models/lora.py", LoraWithMethod);

        var rejected = Git("commit", "-m", "load modifications");

        Assert.That(rejected.ExitCode, Is.Not.EqualTo(0));
        Assert.That(rejected.StdErr, Does.Contain("commit blocked"));
        Assert.That(rejected.StdErr, Does.Contain("it exists only in unstaged changes to models/lora.py"));
        Assert.That(rejected.StdErr, Does.Contain("git add -- models/lora.py"));

        _world.Git("add", "models/lora.py");
        var accepted = Git("commit", "-m", "load modifications");
        Assert.That(accepted.ExitCode, Is.EqualTo(0), accepted.StdErr);
    }

    [Test]
    public void PreCommit_NoPythonStaged_PassesQuietly()
    {
        _world.Write("README.md", "# readme\n").Git("add", "README.md");

        var result = Git("commit", "-m", "docs");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
        Assert.That(result.StdErr, Does.Not.Contain("hooksuite"));
    }

    [Test]
    public void PreCommit_WithHookSuiteDisabled_SaysItSkipped()
    {
        _world.Write("train.py", "from models.nowhere import X\n").Git("add", "train.py");

        var result = Git(new Dictionary<string, string?> { ["HOOKSUITE"] = "0" }, "commit", "-m", "skip");

        Assert.That(result.ExitCode, Is.EqualTo(0));
        Assert.That(result.StdErr, Does.Contain("hooksuite: pre-commit skipped (HOOKSUITE=0)"));
    }

    [Test]
    public void PrePush_WrongModuleImportToProduction_IsRejectedAndAHealthyPushLands()
    {
        var before = RemoteProduction();
        _world.Write("train.py", "from models.tokenizer import Tokenizer\n");
        _world.Git("add", "train.py");
        Git(new Dictionary<string, string?> { ["HOOKSUITE"] = "0" }, "commit", "-qm", "wrong module");

        var rejected = Git("push", "origin", "HEAD:production");

        Assert.That(rejected.ExitCode, Is.Not.EqualTo(0));
        Assert.That(rejected.StdErr, Does.Contain("rejected"));
        Assert.That(rejected.StdErr, Does.Contain("No module named 'models.tokenizer'"));
        Assert.That(RemoteProduction(), Is.EqualTo(before), "the server's production must not move");

        _world.Write("train.py", "from models.lora import LoraModel\n").CommitAll("right module");
        var accepted = Git("push", "origin", "HEAD:production");
        Assert.That(accepted.ExitCode, Is.EqualTo(0), accepted.StdErr);
        Assert.That(RemoteProduction(), Is.EqualTo(_world.Git("rev-parse", "HEAD").Trim()));
    }

    [Test]
    public void PrePush_SeveralRefsAtOnce_AreJudgedRefByRef()
    {
        _world.Git("checkout", "-q", "-b", "good");
        _world.Write("eval.py", "from models.lora import LoraModel\n").CommitAll("good change");
        _world.Git("checkout", "-q", "-b", "bad");
        _world.Write("train.py", "from models.tokenizer import Tokenizer\n");
        _world.Git("add", "train.py");
        Git(new Dictionary<string, string?> { ["HOOKSUITE"] = "0" }, "commit", "-qm", "bad change");

        var mixed = Git("push", "origin", "good:production", "bad:feature");
        var featureOnly = Git("push", "origin", "bad:feature");

        Assert.That(mixed.ExitCode, Is.EqualTo(0), mixed.StdErr);
        Assert.That(mixed.StdErr, Does.Contain("refs/heads/good → origin/production passes validation"));
        Assert.That(mixed.StdErr, Does.Contain("refs/heads/bad pushed to origin/feature fails validation (not blocked"));
        Assert.That(mixed.StdErr, Does.Contain("production lacks 1 of these commits"));
        Assert.That(featureOnly.ExitCode, Is.EqualTo(0));

        var blocked = Git("push", "origin", "bad:production", "good:feature2");
        Assert.That(blocked.ExitCode, Is.Not.EqualTo(0));
        Assert.That(blocked.StdErr, Does.Contain("push of refs/heads/bad to origin/production rejected"));
    }

    [Test]
    public void PostMerge_AfterAPull_PrintsTheVerdict()
    {
        _world.TeammatePushes("data.py", "ROWS = 1\n");

        var pull = Git("pull", "--no-rebase", "origin", "production");

        Assert.That(pull.ExitCode, Is.EqualTo(0), pull.StdErr);
        Assert.That(pull.StdErr, Does.Contain("hooksuite: ✔ in sync with origin/production"));
        Assert.That(pull.StdErr, Does.Contain("passes validation"));
    }

    [Test]
    public void Install_AnExistingHook_IsChainedRunsFirstAndIsRestoredByUninstall()
    {
        HookSuiteCli.Run(_world.Work, "uninstall");
        var hook = Path.Combine(_world.Work, ".git", "hooks", "pre-commit");
        var original = "#!/bin/sh\necho 'team hook ran' >&2\ntest ! -e \"$(git rev-parse --show-toplevel)/BLOCK\"\n";
        File.WriteAllText(hook, original);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(hook, (UnixFileMode)0b111_101_101);
        }

        var install = HookSuiteCli.Run(_world.Work, "install");
        _world.Write("BLOCK", "").Write("x.py", "X = 1\n").Git("add", "x.py");
        var blocked = Git("commit", "-m", "blocked by the team hook");
        File.Delete(Path.Combine(_world.Work, "BLOCK"));
        var passed = Git("commit", "-m", "allowed");
        var uninstall = HookSuiteCli.Run(_world.Work, "uninstall");

        Assert.That(install.StdOut, Does.Contain("kept your existing hook"));
        Assert.That(blocked.ExitCode, Is.Not.EqualTo(0));
        Assert.That(blocked.StdErr, Does.Contain("team hook ran"));
        Assert.That(passed.ExitCode, Is.EqualTo(0), passed.StdErr);
        Assert.That(uninstall.StdOut, Does.Contain("pre-commit: restored your original hook"));
        Assert.That(File.ReadAllBytes(hook), Is.EqualTo(System.Text.Encoding.UTF8.GetBytes(original)));
        Assert.That(File.Exists(hook + ".hooksuite-chained"), Is.False);
    }

    [Test]
    public void Install_Twice_ChangesNothing()
    {
        var hooks = Path.Combine(_world.Work, ".git", "hooks");
        var before = Directory.GetFiles(hooks).ToDictionary(f => f, File.ReadAllText);

        var second = HookSuiteCli.Run(_world.Work, "install");

        Assert.That(second.StdOut, Does.Contain("pre-commit: already installed"));
        Assert.That(Directory.GetFiles(hooks).ToDictionary(f => f, File.ReadAllText), Is.EqualTo(before));
    }

    [Test]
    public void Doctor_AfterInstall_FindsEveryHookAndTheDeployRef()
    {
        var result = HookSuiteCli.Run(_world.Work, "doctor");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.StdOut + result.StdErr);
        Assert.That(result.StdOut, Does.Contain("✔ pre-commit → ").And.Contain("✔ pre-push → ").And.Contain("✔ post-merge → "));
        Assert.That(result.StdOut, Does.Contain("✔ deploy ref origin/production is reachable"));
    }

    [Test]
    public void Doctor_AfterUninstallAndWithAMissingBranch_ReportsTheProblems()
    {
        HookSuiteCli.Run(_world.Work, "uninstall");
        _world.Write("hooksuite.toml", "deploy_ref = \"origin/release\"\n").CommitAll("release config");

        var result = HookSuiteCli.Run(_world.Work, "doctor");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.StdOut, Does.Contain("✘ pre-commit: not installed — run `hooksuite install`"));
        Assert.That(result.StdOut, Does.Contain("✘ deploy ref: branch 'release' does not exist on 'origin'"));
    }
}
