using System.Text.Json;
using HookSuite.Testing;

namespace HookSuite.Cli.Tests.Commands;

public sealed class ValidateCommandTests
{
    private GitWorld _world = null!;

    [SetUp]
    public void CreateWorld() => _world = GitWorld.Create();

    [TearDown]
    public void DeleteWorld() => _world.Dispose();

    private Shell.Result Validate(params string[] arguments) => HookSuiteCli.Run(_world.Work, ["validate", .. arguments]);

    [Test]
    public void ValidateStaged_SeesTheIndexNotUnstagedEdits()
    {
        _world.Write("hooksuite.toml",
            "[[validators]]\nname = \"staged-content\"\ncommand = [\"grep\", \"-q\", \"STAGED\", \"train.py\"]\nwhen = [\"pre-commit\"]\n");
        _world.Write("train.py", "STAGED = True\n").Git("add", "hooksuite.toml", "train.py");
        _world.Write("train.py", "UNSTAGED = True\n");

        var result = Validate("--staged");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.StdOut + result.StdErr);
        Assert.That(result.StdOut, Does.StartWith("✔ the staged index passes validation"));
    }

    [Test]
    public void ValidateRev_ValidatesThatCommit()
    {
        _world.Write("hooksuite.toml", "[[validators]]\nname = \"has-data\"\ncommand = [\"test\", \"-f\", \"data.py\"]\n").CommitAll("config");
        _world.Write("data.py", "ROWS = 1\n").CommitAll("data");

        var withData = Validate("--rev", "HEAD", "--json");
        var without = Validate("--rev", "HEAD~1");

        using var json = JsonDocument.Parse(withData.StdOut);
        Assert.That(json.RootElement.GetProperty("status").GetString(), Is.EqualTo("ok"));
        Assert.That(without.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void ValidateRev_UnknownRevision_ExitsTwoNamingIt()
    {
        var result = Validate("--rev", "no-such-branch");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.StdErr, Does.StartWith("hooksuite: revision 'no-such-branch' does not exist here"));
    }

    [Test]
    public void Validate_RevAndStagedTogether_IsAUsageError()
    {
        var result = Validate("--rev", "HEAD", "--staged");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.StdErr, Does.Contain("--rev and --staged cannot be combined"));
    }

    [Test]
    public void ValidateStaged_MidMergeWithConflicts_SaysResolveFirst()
    {
        _world.InMergeConflict();

        var result = Validate("--staged");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.StdErr, Does.Contain("unresolved conflicts (train.py)"));
    }
}
