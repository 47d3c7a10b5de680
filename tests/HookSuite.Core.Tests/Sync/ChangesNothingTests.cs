using HookSuite.Core.Sync;

namespace HookSuite.Core.Tests.Sync;

/// <summary>HookSuite's promise: besides the fetch updating a remote-tracking ref, nothing in the repository changes.</summary>
public sealed class ChangesNothingTests : ComparisonTestBase
{
    [Test]
    public async Task Compare_WithStagedUnstagedUntrackedAndStash_LeavesRepositoryByteIdentical()
    {
        World.Write("stashed.py", "S = 1\n").Git("add", "stashed.py");
        World.Git("stash", "push", "--quiet", "-m", "keep me");
        World.WithUncommittedChanges();
        World.BehindOrigin();
        // Stale stat data: git status would normally write the refreshed index back.
        File.SetLastWriteTimeUtc(Path.Combine(World.Work, "models", "lora.py"), DateTime.UtcNow.AddMinutes(5));
        var before = World.Fingerprint();
        var trackingBefore = World.Git("rev-parse", "origin/production");

        var report = await CompareAsync();

        var after = World.Fingerprint();
        Assert.That(after.DifferencesFrom(before), Is.Empty, "these changed");
        Assert.That(report.Commits.State, Is.EqualTo(SyncState.Behind));
        Assert.That(World.Git("rev-parse", "origin/production"), Is.Not.EqualTo(trackingBefore), "the fetch itself must still happen");
    }

    [Test]
    public async Task Compare_MidMerge_LeavesRepositoryByteIdentical()
    {
        World.InMergeConflict();
        var before = World.Fingerprint();

        await CompareAsync();

        Assert.That(World.Fingerprint().DifferencesFrom(before), Is.Empty);
    }
}
