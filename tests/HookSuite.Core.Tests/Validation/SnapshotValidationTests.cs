using HookSuite.Core.Config;
using HookSuite.Core.Errors;
using HookSuite.Core.Git;
using HookSuite.Core.Processes;
using HookSuite.Core.Snapshots;
using HookSuite.Core.Validation;
using HookSuite.Testing;

namespace HookSuite.Core.Tests.Validation;

public sealed class SnapshotValidationTests
{
    private GitWorld _world = null!;

    [SetUp]
    public void CreateWorld() => _world = GitWorld.Create();

    [TearDown]
    public void DeleteWorld() => _world.Dispose();

    private static string Validator(string name, string script, int timeout = 60) =>
        $"[[validators]]\nname = \"{name}\"\ncommand = [\"sh\", \"-c\", '''{script}''']\ntimeout = {timeout}\n";

    private async Task<ValidationReport> ValidateAsync(string revision = "origin/production", bool useCache = true)
    {
        var location = RepositoryLocator.Locate(_world.Work);
        using var repo = RepositoryLocator.Open(location);
        var snapshot = SnapshotResolver.FromRevision(repo, revision);
        var (report, _, _) = await new SnapshotValidation(location, new ProcessRunner())
            .ValidateAsync(repo, snapshot, ValidatorStage.Check, [], useCache, null, CancellationToken.None);
        // The built-in Python analysis runs too; these tests are about the configured commands.
        return report with { Results = report.Results.Where(r => r.Name != "python").ToList() };
    }

    [Test]
    public async Task Validate_PassingAndFailingCommands_GiveTheirOutcomesAndTheFailingTail()
    {
        _world.DeployConfig(Validator("ok", "exit 0") + Validator("broken", "echo first; echo the reason >&2; exit 4"));

        var report = await ValidateAsync();

        Assert.That(report.Results.Select(r => (r.Name, r.Outcome)), Is.EqualTo(new[]
        {
            ("ok", ValidatorOutcome.Passed), ("broken", ValidatorOutcome.Failed),
        }));
        var broken = report.Results[1];
        Assert.That(broken.Reason, Is.EqualTo("exit code 4"));
        Assert.That(broken.OutputTail, Does.Contain("first").And.Contain("the reason"));
        Assert.That(report.Passed, Is.False);
    }

    [Test]
    public async Task Validate_RunsInsideTheSnapshotWithHookSuiteDisabledAndNoGitVariables()
    {
        _world.DeployConfig(Validator("env", "test \"$HOOKSUITE\" = 0 && test -z \"$GIT_DIR\" && test -z \"$GIT_INDEX_FILE\" && test \"$PWD\" = \"$HOOKSUITE_SNAPSHOT\" && test -f train.py"));
        Environment.SetEnvironmentVariable("GIT_INDEX_FILE", Path.Combine(_world.Work, ".git", "index"));
        try
        {
            var report = await ValidateAsync();

            Assert.That(report.Results.Single().Outcome, Is.EqualTo(ValidatorOutcome.Passed), report.Results.Single().OutputTail);
        }
        finally
        {
            Environment.SetEnvironmentVariable("GIT_INDEX_FILE", null);
        }
    }

    [Test]
    public async Task Validate_TimeOut_KillsTheWholeProcessTree()
    {
        var pidFile = Path.Combine(_world.Root, "grandchild.pid");
        _world.DeployConfig(Validator("slow", $"sleep 60 & echo $! > {pidFile}; wait", timeout: 1));

        var report = await ValidateAsync();

        Assert.That(report.Results.Single().Outcome, Is.EqualTo(ValidatorOutcome.TimedOut));
        var pid = int.Parse(File.ReadAllText(pidFile).Trim());
        await Task.Delay(300);
        Assert.That(IsRunning(pid), Is.False, "the validator's child must be killed too");
    }

    [Test]
    public async Task Validate_MegabytesOfOutput_KeepsABoundedTail()
    {
        _world.DeployConfig(Validator("chatty", "python3 -c \"import sys; sys.stdout.write('x' * 5000000 + '\\\\nEND')\"; exit 1"));

        var report = await ValidateAsync();

        var tail = report.Results.Single().OutputTail!;
        Assert.That(tail.Length, Is.LessThanOrEqualTo(CommandValidator.OutputTailChars + 1));
        Assert.That(tail, Does.EndWith("END"));
    }

    [Test]
    public async Task Validate_NonUtf8Output_IsDecodedWithReplacementCharacters()
    {
        _world.DeployConfig(Validator("bytes", "printf 'bad \\377\\376 bytes'; exit 1"));

        var report = await ValidateAsync();

        Assert.That(report.Results.Single().OutputTail, Does.Contain("bad").And.Contain("\uFFFD").And.Contain("bytes"));
    }

    [Test]
    public async Task Validate_MissingProgram_CannotCheckWithAClearMessage()
    {
        _world.DeployConfig("[[validators]]\nname = \"lint\"\ncommand = [\"no-such-linter-xyz\", \"--all\"]\n");

        var error = await Assert.ThrowsAsync<HookSuiteException>(() => ValidateAsync());

        Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.CannotCheck));
        Assert.That(error.Message, Does.StartWith("validator 'lint' cannot start 'no-such-linter-xyz'"));
        Assert.That(error.Message, Does.Contain("origin/production:hooksuite.toml"));
    }

    [Test]
    public async Task Validate_SameTreeTwice_AnswersFromTheCacheUnlessToldNot()
    {
        var counter = Path.Combine(_world.Root, "runs.txt");
        _world.DeployConfig(Validator("counted", $"echo run >> {counter}"));

        var first = await ValidateAsync();
        var second = await ValidateAsync();
        var forced = await ValidateAsync(useCache: false);

        Assert.That((first.Results[0].Cached, second.Results[0].Cached, forced.Results[0].Cached), Is.EqualTo((false, true, false)));
        Assert.That(File.ReadAllLines(counter), Has.Length.EqualTo(2));
    }

    [Test]
    public async Task Validate_ChangedTree_IsNotACacheHit()
    {
        var counter = Path.Combine(_world.Root, "runs.txt");
        _world.DeployConfig(Validator("counted", $"echo run >> {counter}"));
        await ValidateAsync();
        _world.Write("train.py", "print('new')\n").CommitAll("new train").ToString();
        _world.PushToProduction();

        var report = await ValidateAsync();

        Assert.That(report.Results[0].Cached, Is.False);
        Assert.That(File.ReadAllLines(counter), Has.Length.EqualTo(2));
    }

    [Test]
    public async Task Validate_EntryPlaceholder_ExpandsToTheConfiguredEntryPoints()
    {
        _world.DeployConfig("[python]\nentry_points = [\"*.py\"]\n[[validators]]\nname = \"args\"\ncommand = [\"sh\", \"-c\", \"test \\\"$*\\\" = train.py\", \"sh\", \"{entry}\"]\n");

        var report = await ValidateAsync();

        Assert.That(report.Results.Single().Outcome, Is.EqualTo(ValidatorOutcome.Passed), report.Results.Single().OutputTail);
    }

    // A killed orphan may stay a zombie ('Z') where PID 1 does not reap: dead all the same.
    private static bool IsRunning(int pid) =>
        File.Exists($"/proc/{pid}/stat") && File.ReadAllText($"/proc/{pid}/stat").Split(' ')[2] != "Z";
}
