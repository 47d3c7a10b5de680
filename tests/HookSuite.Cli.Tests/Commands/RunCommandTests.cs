using System.Text.Json;
using HookSuite.Testing;

namespace HookSuite.Cli.Tests.Commands;

/// <summary>The gate on the GPU box: a bare origin, the laptop (the world's clone) and the box (a second clone).</summary>
public sealed class RunCommandTests
{
    private GitWorld _world = null!;
    private string _box = null!;

    [SetUp]
    public void CreateLaptopAndBox()
    {
        _world = GitWorld.Create();
        _box = Path.Combine(_world.Root, "gpu-box");
        Shell.Git(_world.Root, "clone", "--quiet", "--branch", "production", _world.Origin, _box);
    }

    [TearDown]
    public void DeleteWorld() => _world.Dispose();

    private Shell.Result Run(params string[] arguments) => HookSuiteCli.Run(_box, ["run", .. arguments]);

    [Test]
    public void Run_BoxBehindAfterALaptopPush_RefusesAndNeverStartsTheCommand()
    {
        _world.AheadOfOrigin().PushToProduction();
        var before = RepositoryFingerprint.Of(_box);

        var result = Run("--", "sh", "-c", "touch started");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.StdErr, Does.Contain("refusing to run: this checkout is not origin/production"));
        Assert.That(result.StdErr, Does.Contain("git pull --ff-only origin production"));
        Assert.That(File.Exists(Path.Combine(_box, "started")), Is.False, "the command must never start");
        Assert.That(RepositoryFingerprint.Of(_box).DifferencesFrom(before), Is.Empty);
    }

    [Test]
    public void Run_AfterPull_StreamsTheOutputAndReturnsTheExitCodeUnchanged()
    {
        _world.AheadOfOrigin().PushToProduction();
        Shell.Git(_box, "pull", "--quiet", "--ff-only", "origin", "production");

        var result = Run("--", "sh", "-c", "echo hello from the box; echo \"$HOOKSUITE_COMMIT $HOOKSUITE_DEPLOY_REF\"; exit 7");

        Assert.That(result.ExitCode, Is.EqualTo(7), result.StdErr);
        Assert.That(result.StdOut, Does.Contain("hello from the box"));
        Assert.That(result.StdOut, Does.Contain(Shell.Git(_box, "rev-parse", "HEAD").Trim() + " origin/production"));
    }

    [Test]
    public void Run_LocalEditOnTheBox_IsRefusedWithTheRestoreCommand()
    {
        File.AppendAllText(Path.Combine(_box, "train.py"), "print('hotfix on the box')\n");

        var result = Run("--", "python3", "train.py");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.StdErr, Does.Contain("train.py"));
        Assert.That(result.StdErr, Does.Contain("git restore --staged --worktree -- train.py"));
    }

    [Test]
    public void Run_UntrackedModuleTheScriptImports_IsRefusedButAnUntrackedLogIsNot()
    {
        _world.Write("train.py", "try:\n    import local_overrides\nexcept ImportError:\n    local_overrides = None\nprint('trained')\n").CommitAll("optional overrides");
        _world.PushToProduction();
        Shell.Git(_box, "pull", "--quiet", "--ff-only", "origin", "production");
        File.WriteAllText(Path.Combine(_box, "metrics.csv"), "epoch,loss\n");

        var withLogOnly = Run("--", "python3", "train.py");
        File.WriteAllText(Path.Combine(_box, "local_overrides.py"), "LR = 1\n");
        var withModule = Run("--", "python3", "train.py");

        Assert.That(withLogOnly.ExitCode, Is.EqualTo(0), withLogOnly.StdErr);
        Assert.That(withLogOnly.StdOut, Does.Contain("trained"));
        Assert.That(withModule.ExitCode, Is.EqualTo(1));
        Assert.That(withModule.StdErr, Does.Contain("local_overrides.py"));
        Assert.That(withModule.StdErr, Does.Contain("untracked or ignored: a fresh box does not have it"));
        Assert.That(withModule.StdErr, Does.Contain("metrics.csv"), "other untracked files are listed as a note");
    }

    [Test]
    public void Run_IgnoredModuleTheScriptImports_IsRefused()
    {
        _world.Write(".gitignore", "*.log\ncheckpoints/\nsecrets_local.py\n");
        _world.Write("train.py", "try:\n    import secrets_local\nexcept ImportError:\n    secrets_local = None\n").CommitAll("optional local secrets");
        _world.PushToProduction();
        Shell.Git(_box, "pull", "--quiet", "--ff-only", "origin", "production");
        File.WriteAllText(Path.Combine(_box, "secrets_local.py"), "TOKEN = 'x'\n");

        var result = Run("--", "python3", "train.py");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.StdErr, Does.Contain("secrets_local.py"));
    }

    [Test]
    public void Run_UnreachableRemote_FailsClosedUnlessOffline()
    {
        Shell.Git(_box, "remote", "set-url", "origin", Path.Combine(_world.Root, "gone.git"));

        var online = Run("--", "sh", "-c", "exit 0");
        var offline = Run("--offline", "--", "sh", "-c", "echo ran offline");

        Assert.That(online.ExitCode, Is.EqualTo(2));
        Assert.That(online.StdErr, Does.StartWith("hooksuite: cannot confirm that this checkout is origin/production"));
        Assert.That(offline.ExitCode, Is.EqualTo(0), offline.StdErr);
        Assert.That(offline.StdOut, Does.Contain("ran offline"));
        Assert.That(offline.StdErr, Does.Contain("--offline: trusting origin/production as fetched"));
    }

    [Test]
    public void Run_FailingValidation_IsRefused()
    {
        _world.Write("train.py", "from models.tokenizer import Tokenizer\n").CommitAll("wrong module");
        _world.PushToProduction();
        Shell.Git(_box, "pull", "--quiet", "--ff-only", "origin", "production");

        var result = Run("--", "python3", "train.py");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.StdErr, Does.Contain("fails validation"));
        Assert.That(result.StdErr, Does.Contain("No module named 'models.tokenizer'"));
    }

    [Test]
    public void Run_PackageTheBoxsPythonLacks_IsRefusedByThatPython()
    {
        _world.Write("train.py", "import json\nimport wandb_not_on_this_box\n\nopen('started', 'w').close()\n").CommitAll("log to a tracker");
        _world.PushToProduction();
        Shell.Git(_box, "pull", "--quiet", "--ff-only", "origin", "production");

        var result = Run("--", "python3", "train.py");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.StdErr);
        Assert.That(result.StdErr, Does.Contain("No module named 'wandb_not_on_this_box'").And.Contain("nor installed for python3"));
        Assert.That(File.Exists(Path.Combine(_box, "started")), Is.False, "the command must never start");
    }

    [Test]
    public void Run_OptionalPackageTheBoxsPythonLacks_Runs()
    {
        _world.Write("train.py", "try:\n    import wandb_not_on_this_box\nexcept ImportError:\n    wandb_not_on_this_box = None\nprint('trained without a tracker')\n")
            .CommitAll("optional tracker");
        _world.PushToProduction();
        Shell.Git(_box, "pull", "--quiet", "--ff-only", "origin", "production");

        var result = Run("--", "python3", "train.py");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
        Assert.That(result.StdOut, Does.Contain("trained without a tracker"));
    }

    [Test]
    public void Run_MissingCommand_IsExit127LikeAShell() =>
        Assert.That(Run("--", "no-such-trainer-xyz").ExitCode, Is.EqualTo(127));

    [Test]
    public void Run_Sigterm_ReachesTheChild()
    {
        var script = "import signal, sys, time\n" +
                     "def stop(*_):\n    open('got-term', 'w').write('1')\n    sys.exit(5)\n" +
                     "signal.signal(signal.SIGTERM, stop)\nprint('ready', flush=True)\ntime.sleep(30)\n";
        var gate = HookSuiteCli.Start(_box, "run", "--", "python3", "-c", script);
        var ready = gate.StandardOutput.ReadLine();
        Shell.Run(_box, "kill", ["-TERM", gate.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        var exited = gate.WaitForExit(TimeSpan.FromSeconds(20));

        Assert.That(ready, Is.EqualTo("ready"));
        Assert.That(exited, Is.True);
        Assert.That(gate.ExitCode, Is.EqualTo(5));
        Assert.That(File.Exists(Path.Combine(_box, "got-term")), Is.True);
    }

    [Test]
    public void Runs_ListsTheRecordOfEachRun()
    {
        Run("--", "sh", "-c", "exit 3");

        var human = HookSuiteCli.Run(_box, "runs");
        var json = HookSuiteCli.Run(_box, "runs", "--json");

        Assert.That(human.StdOut, Does.Contain("exit 3").And.Contain("sh -c exit 3"));
        using var document = JsonDocument.Parse(json.StdOut);
        var record = document.RootElement.EnumerateArray().Single();
        Assert.That(record.GetProperty("exit_code").GetInt32(), Is.EqualTo(3));
        Assert.That(record.GetProperty("deploy_ref").GetString(), Is.EqualTo("origin/production"));
        Assert.That(record.GetProperty("validation").GetString(), Is.EqualTo("passed"));
        Assert.That(File.Exists(Path.Combine(_box, ".git", "hooksuite", "runs.jsonl")), Is.True);
    }
}
