using HookSuite.Testing;

namespace HookSuite.Cli.Tests.Install;

/// <summary>A team commits the Husky.Net set-up once; a fresh clone enforces the same rules after `dotnet tool restore` and `dotnet husky install`.</summary>
public sealed class HuskyTeamSetupTests
{
    private static string Package => Path.Combine(Checkout.Root, "artifacts", "packages", "HookSuite.0.1.0.nupkg");

    private GitWorld _world = null!;

    [SetUp]
    public void CreateWorld()
    {
        if (!File.Exists(Package))
        {
            Assert.Ignore("no HookSuite tool package: run ./install.sh --build-only first (CI does)");
        }
        _world = GitWorld.Create();
    }

    [TearDown]
    public void DeleteWorld() => _world?.Dispose();

    [Test]
    public void FreshCloneOfATeamRepositorySetUpWithHusky_EnforcesTheSameRules()
    {
        var setUp = HookSuiteCli.Run(_world.Work, "install", "--husky");
        _world.Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="hooksuite" value="{Path.GetDirectoryName(Package)}" />
              </packageSources>
            </configuration>
            """);
        _world.CommitAll("team set-up: HookSuite through Husky.Net");
        _world.Git("push", "--quiet", "origin", "HEAD:production");

        var newcomer = Path.Combine(_world.Root, "newcomer");
        Shell.Git(_world.Root, "clone", "--quiet", "--branch", "production", _world.Origin, newcomer);
        // A private package folder: this run's HookSuite package, never one cached by an earlier build.
        var env = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Path.Combine(_world.Root, "nuget-packages") };
        var restore = Shell.Run(newcomer, "dotnet", ["tool", "restore"], env);
        var husky = Shell.Run(newcomer, "dotnet", ["husky", "install"], env);

        File.WriteAllText(Path.Combine(newcomer, "train.py"), "from models.tokenizer import Tokenizer\n");
        Shell.Git(newcomer, "add", "train.py");
        var commit = Shell.Run(newcomer, "git", ["commit", "-m", "wrong module"], env);
        Shell.Run(newcomer, "git", ["commit", "-q", "-m", "wrong module"], new Dictionary<string, string?>(env) { ["HOOKSUITE"] = "0" });
        var push = Shell.Run(newcomer, "git", ["push", "origin", "HEAD:production"], env);

        Assert.That(setUp.ExitCode, Is.EqualTo(0), setUp.StdErr);
        Assert.That(restore.ExitCode, Is.EqualTo(0), restore.StdOut + restore.StdErr);
        Assert.That(husky.ExitCode, Is.EqualTo(0), husky.StdOut + husky.StdErr);
        Assert.That(commit.ExitCode, Is.Not.EqualTo(0), "the commit must be rejected through Husky.Net");
        Assert.That(commit.StdOut + commit.StdErr, Does.Contain("No module named 'models.tokenizer'"));
        Assert.That(push.ExitCode, Is.Not.EqualTo(0), "the push must be rejected: the ref lines reached HookSuite");
        Assert.That(push.StdOut + push.StdErr, Does.Contain("push of HEAD to origin/production rejected").Or.Contain("to origin/production rejected"));
    }
}
