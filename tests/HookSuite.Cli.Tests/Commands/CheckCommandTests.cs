using System.Text.Json;
using HookSuite.Testing;

namespace HookSuite.Cli.Tests.Commands;

public sealed class CheckCommandTests
{
    private const string PassingValidator = "[[validators]]\nname = \"has-train\"\ncommand = [\"test\", \"-f\", \"train.py\"]\n";
    private const string FailingValidator = "[[validators]]\nname = \"always-fails\"\ncommand = [\"sh\", \"-c\", \"echo nope; exit 1\"]\n";

    private GitWorld _world = null!;

    [SetUp]
    public void CreateWorld() => _world = GitWorld.Create();

    [TearDown]
    public void DeleteWorld() => _world.Dispose();

    private Shell.Result Check(params string[] arguments) => HookSuiteCli.Run(_world.Work, ["check", .. arguments]);

    [Test]
    public void Check_InSyncAndPassing_ExitsZeroWithEveryChecklistLineTicked()
    {
        _world.DeployConfig(PassingValidator);

        var result = Check();

        Assert.That(result.ExitCode, Is.EqualTo(0), result.StdOut + result.StdErr);
        Assert.That(result.StdOut, Does.StartWith("✔ you have exactly origin/production @ "));
        Assert.That(result.StdOut, Does.Contain("✔ has-train"));
        var checklist = result.StdOut[result.StdOut.IndexOf("Deploy checklist:", StringComparison.Ordinal)..];
        Assert.That(checklist, Does.Not.Contain("✘"));
        Assert.That(checklist.Split('\n').Count(l => l.TrimStart().StartsWith('✔')), Is.EqualTo(4));
    }

    [Test]
    public void Check_LocalCodeDiffersButSnapshotPasses_ExitsOneSayingItIsNotWhatWillRun()
    {
        _world.DeployConfig(PassingValidator);
        _world.AheadOfOrigin();

        var result = Check();

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.StdOut.Split('\n')[0], Is.EqualTo("✘ local code differs from origin/production — it is not what will run"));
        Assert.That(result.StdOut, Does.Contain("✔ has-train"));
        Assert.That(result.StdOut, Does.Contain("✘ All changes pushed: HEAD equals origin/production"));
    }

    [Test]
    public void Check_DeploySnapshotFails_ExitsOneSayingSo()
    {
        _world.DeployConfig(FailingValidator);

        var result = Check();

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.StdOut.Split('\n')[0], Is.EqualTo("✘ origin/production fails validation"));
        Assert.That(result.StdOut, Does.Contain("nope"));
    }

    [Test]
    public void Check_ValidatesTheDeployRefNotTheWorkingTree()
    {
        _world.DeployConfig("[[validators]]\nname = \"content\"\ncommand = [\"sh\", \"-c\", \"grep -q LoraModel models/lora.py && test ! -e only_local.py\"]\n");
        _world.Write("models/lora.py", "broken locally\n");
        _world.Write("only_local.py", "X = 1\n");

        var result = Check("--json");

        using var json = JsonDocument.Parse(result.StdOut);
        var validator = json.RootElement.GetProperty("validators").EnumerateArray().Single(v => v.GetProperty("name").GetString() == "content");
        Assert.That(validator.GetProperty("outcome").GetString(), Is.EqualTo("passed"), validator.ToString());
        Assert.That(json.RootElement.GetProperty("local_equals_deploy").GetBoolean(), Is.False);
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void Check_UsesTheDeployRefsConfigNotTheLocalOne()
    {
        _world.DeployConfig(PassingValidator);
        _world.Write("hooksuite.toml", PassingValidator + FailingValidator).CommitAll("local-only failing validator");

        var result = Check("--json");

        using var json = JsonDocument.Parse(result.StdOut);
        var names = json.RootElement.GetProperty("validators").EnumerateArray().Select(v => v.GetProperty("name").GetString());
        Assert.That(names, Is.EqualTo(new[] { "python", "has-train" }));
        Assert.That(json.RootElement.GetProperty("validation_passed").GetBoolean(), Is.True);
    }

    [Test]
    public void Check_Json_HasFindingsValidatorsAndChecklist()
    {
        _world.DeployConfig(FailingValidator);

        var result = Check("--json");

        using var json = JsonDocument.Parse(result.StdOut);
        var root = json.RootElement;
        Assert.That(root.GetProperty("status").GetString(), Is.EqualTo("blocked"));
        Assert.That(root.GetProperty("findings").ValueKind, Is.EqualTo(JsonValueKind.Array));
        var validator = root.GetProperty("validators").EnumerateArray().Single(v => v.GetProperty("name").GetString() == "always-fails");
        Assert.That(validator.GetProperty("outcome").GetString(), Is.EqualTo("failed"));
        Assert.That(validator.GetProperty("output_tail").GetString(), Is.EqualTo("nope"));
        Assert.That(validator.TryGetProperty("duration_ms", out _), Is.True);
        Assert.That(root.GetProperty("checklist").GetArrayLength(), Is.EqualTo(4));
    }

    [Test]
    public void Check_UnreachableRemote_CannotConfirmWhatWillRunUnlessOffline()
    {
        _world.DeployConfig(PassingValidator);
        _world.Git("remote", "set-url", "origin", Path.Combine(_world.Root, "gone.git"));

        var online = Check();
        var offline = Check("--offline");

        Assert.That(online.ExitCode, Is.EqualTo(2));
        Assert.That(online.StdErr, Does.StartWith("hooksuite: cannot confirm what will run: fetching origin/production failed"));
        Assert.That(online.StdErr, Does.Contain("--offline"));
        Assert.That(offline.ExitCode, Is.EqualTo(0), offline.StdOut + offline.StdErr);
        Assert.That(offline.StdOut, Does.Contain("origin/production was not fetched: using the copy fetched"));
    }

    [Test]
    public void Check_InvalidTomlOnTheDeployRef_NamesFileLineAndColumn()
    {
        _world.DeployConfig("[python]\nentry_points = [\"train.py\"\n");

        var result = Check();

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.StdErr, Does.Match(@"^hooksuite: origin/production:hooksuite\.toml:\d+:\d+: invalid TOML"));
    }

    [Test]
    public void Check_UnknownKeyOnTheDeployRef_IsExitTwoWithPosition()
    {
        _world.DeployConfig("deploy_ref = \"origin/production\"\nvalidatorz = []\n");

        var result = Check();

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.StdErr.Trim(), Does.StartWith("hooksuite: origin/production:hooksuite.toml:2:1: unknown key 'validatorz'"));
    }

    [Test]
    public void Check_SecondRunOfTheSameCommit_IsServedFromTheCache()
    {
        _world.DeployConfig(PassingValidator);

        Check();
        var second = Check("--json");
        var forced = Check("--json", "--no-cache");

        using var cached = JsonDocument.Parse(second.StdOut);
        using var fresh = JsonDocument.Parse(forced.StdOut);
        Assert.That(cached.RootElement.GetProperty("validators").EnumerateArray().Select(v => v.GetProperty("cached").GetBoolean()), Is.All.True);
        Assert.That(fresh.RootElement.GetProperty("validators").EnumerateArray().Select(v => v.GetProperty("cached").GetBoolean()), Is.All.False);
    }

    [Test]
    public void Check_EightChecksAndPrePushesAtOnce_AllFinishWithTheRightVerdict()
    {
        _world.DeployConfig("[[validators]]\nname = \"slowish\"\ncommand = [\"sh\", \"-c\", \"sleep 0.3; test -f train.py\"]\nwhen = [\"check\", \"pre-push\"]\n");
        var head = _world.Git("rev-parse", "HEAD").Trim();
        var pushLine = $"refs/heads/main {head} refs/heads/production {head}\n";

        var results = Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(8)
            .Select(i => i % 2 == 0
                ? Check("--no-cache")
                : HookSuiteCli.RunHook("pre-push", _world.Work, pushLine, "origin", _world.Origin))
            .ToList();

        Assert.That(results.Select(r => r.ExitCode), Is.All.EqualTo(0), string.Join("\n", results.Select(r => r.StdOut + r.StdErr)));
        Assert.That(Directory.GetDirectories(Path.Combine(_world.Work, ".git", "hooksuite", "snapshots")), Has.Length.LessThanOrEqualTo(8));
    }

    [Test]
    public void Check_KilledWhileAValidatorRuns_NextRunSucceedsAndRepositoryIsUnchanged()
    {
        _world.DeployConfig("[[validators]]\nname = \"slow\"\ncommand = [\"sh\", \"-c\", \"test -e $SLOW && sleep 30; true\"]\nenv = { SLOW = \"" + Path.Combine(_world.Root, "slow") + "\" }\n");
        File.WriteAllText(Path.Combine(_world.Root, "slow"), "");
        _world.WithUncommittedChanges();
        var before = _world.Fingerprint();

        var victim = HookSuiteCli.Start(_world.Work, "check", "--no-cache");
        Thread.Sleep(1500);
        victim.Kill(entireProcessTree: true);
        victim.WaitForExit();
        File.Delete(Path.Combine(_world.Root, "slow"));
        var next = Check("--json");

        using var json = JsonDocument.Parse(next.StdOut);
        Assert.That(json.RootElement.GetProperty("validation_passed").GetBoolean(), Is.True, next.StdOut + next.StdErr);
        Assert.That(_world.Fingerprint().DifferencesFrom(before), Is.Empty);
    }

    [Test]
    public void Check_WithEveryKindOfLocalChange_LeavesTheRepositoryByteIdentical()
    {
        _world.DeployConfig(PassingValidator + FailingValidator);
        _world.WithUncommittedChanges();
        var before = _world.Fingerprint();

        Check();
        HookSuiteCli.Run(_world.Work, "validate", "--staged");
        HookSuiteCli.Run(_world.Work, "validate", "--rev", "HEAD");

        Assert.That(_world.Fingerprint().DifferencesFrom(before), Is.Empty);
    }
}
