using System.Text.Json;
using HookSuite.Testing;

namespace HookSuite.Cli.Tests.Commands;

public sealed class StatusCommandTests
{
    private GitWorld _world = null!;

    [SetUp]
    public void CreateWorld() => _world = GitWorld.Create();

    [TearDown]
    public void DeleteWorld() => _world.Dispose();

    private Shell.Result Status(params string[] arguments) => HookSuiteCli.Run(_world.Work, ["status", .. arguments]);

    private static string FirstLine(string text) => text.Split('\n')[0];

    [Test]
    public void Status_InSync_PrintsTheVerdictAndExitsZero()
    {
        var sha = _world.Git("rev-parse", "--short=7", "HEAD").Trim();

        var result = Status();

        Assert.That(result.ExitCode, Is.EqualTo(0), result.StdErr);
        Assert.That(FirstLine(result.StdOut), Is.EqualTo($"✔ in sync with origin/production @ {sha}"));
    }

    [Test]
    public void Status_UnpushedCommitAndLocalEdit_ExitsOneAndNamesBothWithFixes()
    {
        _world.AheadOfOrigin();
        _world.Write("train.py", "print('edited')\n");

        var result = Status();

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(FirstLine(result.StdOut), Does.StartWith("✘ 1 commit not pushed, 1 file changed locally"));
        Assert.That(result.StdOut, Does.Contain("add load_modifications"));
        Assert.That(result.StdOut, Does.Contain("To fix:"));
        Assert.That(result.StdOut, Does.Contain("git add -- train.py && git commit"));
        Assert.That(result.StdOut, Does.Contain("git push origin HEAD:production"));
    }

    [Test]
    public void Status_Json_PrintsTheDocumentedFields()
    {
        _world.BehindOrigin();
        _world.Write("notes.py", "N = 1\n");

        var result = Status("--json");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        using var json = JsonDocument.Parse(result.StdOut);
        var root = json.RootElement;
        Assert.That(root.GetProperty("status").GetString(), Is.EqualTo("drift"));
        Assert.That(root.GetProperty("deploy_ref").GetString(), Is.EqualTo("origin/production"));
        Assert.That(root.GetProperty("deploy_sha").GetString(), Has.Length.EqualTo(40));
        Assert.That(root.GetProperty("head_sha").GetString(), Is.EqualTo(_world.Git("rev-parse", "HEAD").Trim()));
        Assert.That(root.GetProperty("state").GetString(), Is.EqualTo("behind"));
        Assert.That((root.GetProperty("ahead").GetInt32(), root.GetProperty("behind").GetInt32()), Is.EqualTo((0, 1)));
        Assert.That(root.GetProperty("fetched").GetBoolean(), Is.True);
        Assert.That(root.GetProperty("fetch_error").ValueKind, Is.EqualTo(JsonValueKind.Null));
        var drift = root.GetProperty("drift").EnumerateArray()
            .Select(d => (d.GetProperty("kind").GetString(), d.GetProperty("path").GetString(), d.GetProperty("fix").GetString()))
            .ToList();
        Assert.That(drift, Is.EquivalentTo(new[]
        {
            ("not_pulled", "data.py", "git pull --ff-only origin production"),
            ("untracked", "notes.py", "git add -- notes.py && git commit"),
        }));
    }

    [Test]
    public void Status_FetchFails_SaysSoOnTheFirstLineAndStillCompares()
    {
        _world.Git("remote", "set-url", "origin", Path.Combine(_world.Root, "gone.git"));

        var human = Status();
        var json = Status("--json");

        Assert.That(FirstLine(human.StdOut), Does.StartWith("! could not fetch origin/production:"));
        Assert.That(FirstLine(human.StdOut), Does.Contain("gone.git"));
        Assert.That(human.StdOut.Split('\n')[1], Does.StartWith("✔ in sync with origin/production"));
        using var document = JsonDocument.Parse(json.StdOut);
        Assert.That(document.RootElement.GetProperty("fetched").GetBoolean(), Is.False);
        Assert.That(document.RootElement.GetProperty("fetch_error").GetString(), Does.Contain("gone.git"));
    }

    [Test]
    public void Status_NoFetch_SaysWhenTheRefWasLastFetched()
    {
        var result = Status("--no-fetch");

        Assert.That(result.StdOut.Split('\n')[1], Does.Match(@"^origin/production as last fetched .+ \(--no-fetch\)$"));
    }

    [Test]
    public void Status_OutsideARepository_PrintsOneLineAndExitsTwo()
    {
        var plain = Directory.CreateDirectory(Path.Combine(_world.Root, "plain")).FullName;

        var result = HookSuiteCli.Run(plain, "status");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.StdErr.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1));
        Assert.That(result.StdErr, Does.StartWith("hooksuite: not a git repository: "));
        Assert.That(result.StdErr, Does.Contain("-C PATH"));
    }

    [Test]
    public void Status_OutsideARepositoryWithJson_PrintsTheErrorDocument()
    {
        var plain = Directory.CreateDirectory(Path.Combine(_world.Root, "plain")).FullName;

        var result = HookSuiteCli.Run(plain, "status", "--json");

        using var json = JsonDocument.Parse(result.StdOut);
        Assert.That(json.RootElement.GetProperty("status").GetString(), Is.EqualTo("error"));
        Assert.That(json.RootElement.GetProperty("error").GetString(), Does.StartWith("not a git repository"));
        Assert.That(result.ExitCode, Is.EqualTo(2));
    }

    [Test]
    public void Status_WithTraceOn_AddsTheStackTrace()
    {
        var plain = Directory.CreateDirectory(Path.Combine(_world.Root, "plain")).FullName;

        var quiet = HookSuiteCli.Run(plain, "status");
        var traced = HookSuiteCli.Run(plain, new Dictionary<string, string?> { ["HOOKSUITE_TRACE"] = "1" }, "status");

        Assert.That(quiet.StdErr, Does.Not.Contain(" at HookSuite."));
        Assert.That(traced.StdErr, Does.Contain(" at HookSuite."));
    }

    [Test]
    public void Status_MissingBranch_ExitsTwoNamingIt()
    {
        var result = Status("--ref", "origin/release");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.StdErr, Does.Contain("branch 'release' does not exist on remote 'origin'"));
    }

    [Test]
    public void Status_UnknownOption_IsAUsageErrorWithExitTwo()
    {
        var result = Status("--frobnicate");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.StdErr.Trim(), Does.Match("^hooksuite: .*--frobnicate.* — see `hooksuite status --help`$"));
    }

    [Test]
    public void Status_Help_DescribesEveryOption()
    {
        var result = Status("--help");

        Assert.That(result.ExitCode, Is.EqualTo(0));
        Assert.That(result.StdOut, Does.Contain("--ref").And.Contain("--no-fetch").And.Contain("--json").And.Contain("-C"));
    }

    [Test]
    public void Version_PrintsTheVersion() =>
        Assert.That(HookSuiteCli.Run(_world.Work, "--version").StdOut.Trim(), Does.Match(@"^\d+\.\d+\.\d+"));

    [Test]
    public void Status_WithDashC_RunsAsIfStartedThere()
    {
        _world.AheadOfOrigin();

        var result = HookSuiteCli.Run(_world.Root, "status", "-C", _world.Work);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(FirstLine(result.StdOut), Does.StartWith("✘ 1 commit not pushed"));
    }

    [Test]
    public void Status_ToAPipe_PrintsNoColourOrControlCharacters()
    {
        _world.Write("\u001b[31mevil.py", "X = 1\n");

        var result = Status();

        Assert.That(result.StdOut, Does.Not.Contain("\u001b"));
        Assert.That(result.StdOut, Does.Contain("\\x1b[31mevil.py"));
    }

    [Test]
    public void Status_AsAWholeProcess_LeavesTheRepositoryByteIdentical()
    {
        _world.WithUncommittedChanges();
        var before = _world.Fingerprint();

        var result = Status();

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(_world.Fingerprint().DifferencesFrom(before), Is.Empty);
    }
}
