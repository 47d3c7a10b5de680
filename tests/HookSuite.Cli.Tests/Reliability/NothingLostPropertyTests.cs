using CsCheck;
using HookSuite.Testing;

namespace HookSuite.Cli.Tests.Reliability;

/// <summary>
/// HookSuite's promise, searched for counter-examples: over random repository states, every command and every hook
/// leaves the working tree, the index, HEAD, the refs (but remote-tracking ones) and the stash byte-identical.
/// </summary>
public sealed class NothingLostPropertyTests
{
    // A fixed seed in CI, so a failure reproduces; CsCheck prints the failing case's seed to replay it.
    private const string Seed = "0N0XIzNsQ0O2";
    private const int Cases = 16;
    private const int Operations = 14;

    [Test]
    public void EveryCommandAndHook_OnRandomRepositoryStates_ChangesNothing()
    {
        var ran = 0;
        Gen.Int[0, Operations - 1].Array[1, 6].Sample(operations =>
        {
            ran++;
            using var world = GitWorld.Create("hooksuite-property-");
            for (var step = 0; step < operations.Length; step++)
            {
                Apply(world, operations[step], step);
            }
            AssertNothingChanges(world, string.Join(",", operations));
        }, seed: Seed, iter: Cases, threads: 1);
        // Progress goes straight to the console, so CI's log shows how many cases ran.
        TestContext.Progress.WriteLine($"property test: {ran} random repository states (seed {Seed}), every command and hook, nothing changed");
        Assert.That(ran, Is.GreaterThanOrEqualTo(Cases));
    }

    private static void AssertNothingChanges(GitWorld world, string operations)
    {
        var head = world.Git("rev-parse", "HEAD").Trim();
        var runs = new (string What, Func<Shell.Result> Run)[]
        {
            ("status", () => HookSuiteCli.Run(world.Work, "status")),
            ("check", () => HookSuiteCli.Run(world.Work, "check")),
            ("validate --staged", () => HookSuiteCli.Run(world.Work, "validate", "--staged")),
            ("run -- true", () => HookSuiteCli.Run(world.Work, "run", "--", "true")),
            ("pre-commit", () => HookSuiteCli.RunHook("pre-commit", world.Work)),
            ("pre-push", () => HookSuiteCli.RunHook("pre-push", world.Work,
                $"refs/heads/main {head} refs/heads/production {new string('0', 40)}\n", "origin", world.Origin)),
            ("post-merge", () => HookSuiteCli.RunHook("post-merge", world.Work, null, "0")),
        };
        foreach (var (what, run) in runs)
        {
            var before = world.Fingerprint();
            var result = run();
            var changed = world.Fingerprint().DifferencesFrom(before);
            Assert.That(changed, Is.Empty, $"`{what}` changed the repository (operations {operations}; exit {result.ExitCode}: {result.StdErr})");
            Assert.That(result.StdErr, Does.Not.Contain("internal error"), $"`{what}` crashed (operations {operations})");
        }
    }

    /// <summary>One random change of state; a change git refuses in this state is simply skipped.</summary>
    private static void Apply(GitWorld world, int operation, int step)
    {
        try
        {
            switch (operation)
            {
                case 0: world.Write("train.py", $"from models.lora import LoraModel\nLoraModel().fit()\nSTEP = {step}\n"); break;
                case 1: world.Write($"new_{step}.py", $"N = {step}\n"); break;
                case 2: world.Delete("models/lora.py"); break;
                case 3: world.Write("models/__init__.py", $"VERSION = {step}\n").Git("add", "models/__init__.py"); break;
                case 4 when !OperatingSystem.IsWindows(): File.SetUnixFileMode(Path.Combine(world.Work, "train.py"), (UnixFileMode)0b111_101_101); break;
                case 5: File.CreateSymbolicLink(Path.Combine(world.Work, $"link_{step}.py"), "train.py"); break;
                case 6: world.CommitAll($"local commit {step}"); break;
                case 7: world.TeammatePushes($"team_{step}.py", $"T = {step}\n"); break;
                case 8: world.Write("run.log", $"loss {step}\n"); break;
                case 9: world.Write("stashed.py", $"S = {step}\n").Git("add", "stashed.py"); world.Git("stash", "push", "--quiet"); break;
                case 10: world.Git("checkout", "--quiet", "--detach"); break;
                case 11: world.InMergeConflict(); break;
                case 13: world.Git("mv", "models/lora.py", $"models/lora_{step}.py"); break;
                case 12: world.Git("worktree", "add", "--quiet", "--detach", Path.Combine(world.Root, $"linked-{step}"), "HEAD"); break;
            }
        }
        catch (InvalidOperationException)
        {
            // The state refused the change (e.g. a merge with local edits): the case goes on from where it is.
        }
    }
}
