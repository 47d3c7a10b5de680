using HookSuite.Testing;

namespace HookSuite.Cli.Tests.Hooks;

/// <summary>The pre-receive hook in a real bare repository, with real pushes over the file protocol.</summary>
public sealed class ServerHookTests
{
    private GitWorld _world = null!;

    [SetUp]
    public void CreateServer()
    {
        _world = GitWorld.Create();
        var install = HookSuiteCli.Run(_world.Root, "install", "--server", "-C", _world.Origin);
        Assert.That(install.ExitCode, Is.EqualTo(0), install.StdOut + install.StdErr);
    }

    [TearDown]
    public void DeleteWorld() => _world.Dispose();

    private string ServerRef(string name) => Shell.Git(_world.Origin, "rev-parse", "refs/heads/" + name).Trim();

    private Shell.Result Push(params string[] refspecs) => Shell.Run(_world.Work, "git", ["push", "origin", .. refspecs]);

    [Test]
    public void BrokenPushToProduction_IsRejectedWithTheFindingAndTheServerRefStays()
    {
        var before = ServerRef("production");
        _world.Write("train.py", "from models.tokenizer import Tokenizer\n").CommitAll("wrong module");

        var push = Push("HEAD:production");

        Assert.That(push.ExitCode, Is.Not.EqualTo(0));
        Assert.That(push.StdErr, Does.Contain("remote: ✘ hooksuite: refs/heads/production rejected"));
        Assert.That(push.StdErr, Does.Contain("No module named 'models.tokenizer'"), "the quarantined objects were read");
        Assert.That(ServerRef("production"), Is.EqualTo(before));
    }

    [Test]
    public void HealthyPushToProduction_Lands()
    {
        var head = _world.Write("eval.py", "from models.lora import LoraModel\n").CommitAll("healthy");

        var push = Push("HEAD:production");

        Assert.That(push.ExitCode, Is.EqualTo(0), push.StdErr);
        Assert.That(push.StdErr, Does.Contain("passes validation"));
        Assert.That(ServerRef("production"), Is.EqualTo(head));
    }

    [Test]
    public void PushOfSeveralRefs_IsJudgedRefByRef()
    {
        _world.Write("train.py", "from models.tokenizer import Tokenizer\n").CommitAll("wrong module");

        var toFeature = Push("HEAD:feature");
        var both = Push("HEAD:production", "HEAD:feature2");

        Assert.That(toFeature.ExitCode, Is.EqualTo(0), "non-deploy branches pass");
        Assert.That(both.ExitCode, Is.Not.EqualTo(0));
        Assert.That(both.StdErr, Does.Contain("refs/heads/production rejected"));
        Assert.That(both.StdErr, Does.Not.Contain("refs/heads/feature2 rejected"));
    }

    [Test]
    public void ForcePushRewritingProduction_IsRefusedByDefault()
    {
        _world.Write("notes.py", "N = 1\n").CommitAll("one");
        Push("HEAD:production");
        _world.Git("reset", "--hard", "HEAD~1");
        var before = ServerRef("production");
        _world.Write("notes.py", "N = 2\n").CommitAll("rewritten");

        var push = Push("--force", "HEAD:production");

        Assert.That(push.ExitCode, Is.Not.EqualTo(0));
        Assert.That(push.StdErr, Does.Contain("a force push would rewrite production"));
        Assert.That(ServerRef("production"), Is.EqualTo(before));
    }

    [Test]
    public void DeletingABranch_Passes()
    {
        Push("HEAD:scratch");

        var delete = Push(":scratch");

        Assert.That(delete.ExitCode, Is.EqualTo(0), delete.StdErr);
    }
}
