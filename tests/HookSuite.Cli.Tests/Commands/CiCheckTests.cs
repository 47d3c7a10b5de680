using System.Text.Json;
using System.Xml.Linq;
using HookSuite.Testing;

namespace HookSuite.Cli.Tests.Commands;

/// <summary>`check --ci`: the checked-out commit validated in CI, findings in the CI's own formats.</summary>
public sealed class CiCheckTests
{
    private GitWorld _world = null!;

    [SetUp]
    public void CreateBrokenCheckout()
    {
        _world = GitWorld.Create();
        _world.Write("train.py", "from models.tokenizer import Tokenizer\n").CommitAll("wrong module");
        // CI checks out the commit: no fetch, no comparison, even with the remote gone.
        _world.Git("remote", "remove", "origin");
    }

    [TearDown]
    public void DeleteWorld() => _world.Dispose();

    [Test]
    public void CheckCi_UnderGithubActions_PrintsErrorAnnotations()
    {
        var result = HookSuiteCli.Run(_world.Work, new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = "true" }, "check", "--ci");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.StdErr);
        Assert.That(result.StdOut.Split('\n'), Has.Some.StartsWith(
            "::error file=train.py,line=1,col=1,title=missing-module::No module named 'models.tokenizer' in HEAD @ "));
    }

    [Test]
    public void CheckCi_FormatSarif_HasTheSarif210Structure()
    {
        var result = HookSuiteCli.Run(_world.Work, "check", "--ci", "--format", "sarif");

        using var sarif = JsonDocument.Parse(result.StdOut);
        var root = sarif.RootElement;
        Assert.That(root.GetProperty("version").GetString(), Is.EqualTo("2.1.0"));
        var run = root.GetProperty("runs")[0];
        Assert.That(run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString(), Is.EqualTo("HookSuite"));
        Assert.That(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()),
            Does.Contain("missing-module"));
        var result0 = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("level").GetString() == "error");
        Assert.That(result0.GetProperty("ruleId").GetString(), Is.EqualTo("missing-module"));
        var location = result0.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.That(location.GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.EqualTo("train.py"));
        Assert.That(location.GetProperty("region").GetProperty("startLine").GetInt32(), Is.EqualTo(1));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void CheckCi_FormatJunit_ReportsTheFailingValidator()
    {
        var result = HookSuiteCli.Run(_world.Work, "check", "--ci", "--format", "junit");

        var suite = XDocument.Parse(result.StdOut).Root!.Element("testsuite")!;
        var python = suite.Elements("testcase").Single(c => (string?)c.Attribute("name") == "python");
        Assert.That(python.Element("failure")?.Value, Does.Contain("train.py:1:1: missing-module"));
        Assert.That((int)suite.Attribute("failures")!, Is.EqualTo(1));
    }

    [Test]
    public void CheckCi_HealthyCommit_Passes()
    {
        _world.Write("train.py", "from models.lora import LoraModel\n").CommitAll("right module");

        Assert.That(HookSuiteCli.Run(_world.Work, "check", "--ci").ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void CheckCi_UnknownFormat_IsExitTwo() =>
        Assert.That(HookSuiteCli.Run(_world.Work, "check", "--ci", "--format", "xml").ExitCode, Is.EqualTo(2));

    [Test]
    public void Verify_IsCheckCi()
    {
        var verify = HookSuiteCli.Run(_world.Work, "verify", "--format", "sarif");
        var check = HookSuiteCli.Run(_world.Work, "check", "--ci", "--format", "sarif");

        Assert.That(verify.ExitCode, Is.EqualTo(1));
        Assert.That(verify.StdOut, Is.EqualTo(check.StdOut));
    }
}
