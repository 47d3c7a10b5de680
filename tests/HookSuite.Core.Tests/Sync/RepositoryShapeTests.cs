using HookSuite.Core.Errors;
using HookSuite.Core.Sync;
using HookSuite.Testing;

namespace HookSuite.Core.Tests.Sync;

public sealed class RepositoryShapeTests : ComparisonTestBase
{
    [Test]
    public async Task Compare_OutsideAnyRepository_SaysNotARepository()
    {
        var empty = Directory.CreateDirectory(Path.Combine(World.Root, "plain")).FullName;

        var error = await Assert.ThrowsAsync<HookSuiteException>(() => CompareAsync(empty));

        Assert.That(error!.Message, Does.StartWith("not a git repository"));
        Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.CannotCheck));
    }

    [Test]
    public async Task Compare_InBareRepository_SaysBare()
    {
        var error = await Assert.ThrowsAsync<HookSuiteException>(() => CompareAsync(World.Origin));

        Assert.That(error!.Message, Does.Contain("bare repository"));
    }

    [Test]
    public async Task Compare_RepositoryWithoutCommits_SaysNoCommitsYet()
    {
        var fresh = Path.Combine(World.Root, "fresh");
        Shell.Git(World.Root, "init", "--quiet", fresh);
        Shell.Git(fresh, "remote", "add", "origin", World.Origin);

        var error = await Assert.ThrowsAsync<HookSuiteException>(() => CompareAsync(fresh));

        Assert.That(error!.Message, Does.Contain("no commits yet"));
        Assert.That(error.Message, Does.Contain("git pull origin production"));
    }

    [Test]
    public async Task Compare_MissingRemote_NamesItAndHowToAddIt()
    {
        var error = await Assert.ThrowsAsync<HookSuiteException>(() => CompareAsync(new ComparisonOptions("upstream/production")));

        Assert.That(error!.Message, Does.Contain("remote 'upstream' is not configured"));
        Assert.That(error.Message, Does.Contain("git remote add upstream"));
    }

    [Test]
    public async Task Compare_MissingBranch_NamesItAndHowToCreateIt()
    {
        var error = await Assert.ThrowsAsync<HookSuiteException>(() => CompareAsync(new ComparisonOptions("origin/release")));

        Assert.That(error!.Message, Does.Contain("branch 'release' does not exist on remote 'origin'"));
        Assert.That(error.Message, Does.Contain("git push origin HEAD:release"));
    }

    [Test]
    public async Task Compare_MissingBranchWithoutFetch_SaysItWasNeverFetched()
    {
        var error = await Assert.ThrowsAsync<HookSuiteException>(() => CompareAsync(new ComparisonOptions("origin/release", Fetch: false)));

        Assert.That(error!.Message, Does.Contain("origin/release has not been fetched"));
    }

    [Test]
    public async Task Compare_RemotePointsToMissingPath_ComparesWithStaleRefAndSaysWhy()
    {
        World.Git("remote", "set-url", "origin", Path.Combine(World.Root, "gone.git"));
        World.AheadOfOrigin();

        var report = await CompareAsync();

        Assert.That(report.Fetch.Attempted, Is.True);
        Assert.That(report.Fetch.Succeeded, Is.False);
        Assert.That(report.Fetch.Error, Does.Contain("gone.git"));
        Assert.That(report.Commits.State, Is.EqualTo(SyncState.Ahead));
    }

    [Test]
    public async Task Compare_UnreachableRemoteAndNoStaleRef_CannotCheck()
    {
        World.Git("update-ref", "-d", "refs/remotes/origin/production");
        World.Git("remote", "set-url", "origin", Path.Combine(World.Root, "gone.git"));

        var error = await Assert.ThrowsAsync<HookSuiteException>(() => CompareAsync());

        Assert.That(error!.Message, Does.StartWith("cannot fetch origin/production and there is no local copy"));
    }

    [Test]
    public async Task Compare_ShallowCloneMissingTheMergeBase_SaysUnknownAndSuggestsUnshallow()
    {
        World.Git("checkout", "--quiet", "-b", "feature");
        World.Write("a.py", "A = 1\n").CommitAll("a");
        World.Write("b.py", "B = 1\n").CommitAll("b");
        World.Git("push", "--quiet", "origin", "feature");
        var shallow = Path.Combine(World.Root, "shallow");
        Shell.Git(World.Root, "clone", "--quiet", "--depth", "1", "--branch", "feature", "file://" + World.Origin, shallow);

        var report = await CompareAsync(shallow);

        Assert.That(report.Commits.State, Is.EqualTo(SyncState.Unknown));
        Assert.That(report.InSync, Is.False);
        var shallowItem = report.Drift.Single(d => d.Kind == DriftKind.Shallow);
        Assert.That(shallowItem.Fix, Is.EqualTo("git fetch --unshallow origin"));
    }

    [Test]
    public async Task Compare_ShallowCloneAtTheDeployCommit_IsInSync()
    {
        var shallow = Path.Combine(World.Root, "shallow");
        Shell.Git(World.Root, "clone", "--quiet", "--depth", "1", "--branch", "production", "file://" + World.Origin, shallow);

        var report = await CompareAsync(shallow);

        Assert.That(report.InSync, Is.True);
    }

    [Test]
    public async Task Compare_InLinkedWorktree_ComparesThatWorktree()
    {
        var linked = Path.Combine(World.Root, "linked");
        World.Git("worktree", "add", "--quiet", "--detach", linked, "HEAD");
        File.WriteAllText(Path.Combine(linked, "only_here.py"), "X = 1\n");

        var report = await CompareAsync(linked);

        Assert.That(KindsAndPaths(report), Is.EquivalentTo(new[] { (DriftKind.Untracked, "only_here.py") }));
        Assert.That(report.Detached, Is.True);
    }

    [Test]
    public async Task Compare_InsideSubmoduleCheckout_ComparesTheSubmodule()
    {
        var (_, submodule) = AddSubmodule();

        var report = await CompareAsync(submodule);

        Assert.That(report.InSync, Is.True);
    }

    [Test]
    public async Task Compare_SubmoduleMovedAndDirty_IsSubmoduleDrift()
    {
        var (superproject, submodule) = AddSubmodule();
        Shell.Git(superproject, "push", "--quiet", "origin", "HEAD:production");
        File.WriteAllText(Path.Combine(submodule, "lib.py"), "VALUE = 2\n");
        File.WriteAllText(Path.Combine(submodule, "extra.py"), "E = 1\n");

        var report = await CompareAsync(superproject);

        var details = report.Drift.Where(d => d.Kind == DriftKind.Submodule && d.Path == "vendor/lib").Select(d => d.Detail);
        Assert.That(details, Is.EquivalentTo(new[] { "has modified files", "has untracked files" }));

        Shell.Git(submodule, "commit", "--quiet", "-am", "move submodule");
        report = await CompareAsync(superproject);
        Assert.That(report.Drift.Select(d => d.Detail), Does.Contain("checked-out commit differs from the one recorded"));
    }

    /// <summary>A superproject (the laptop clone) with a submodule whose own origin has production.</summary>
    private (string Superproject, string Submodule) AddSubmodule()
    {
        var libOrigin = Path.Combine(World.Root, "lib.git");
        var libSeed = Path.Combine(World.Root, "lib-seed");
        Shell.Git(World.Root, "init", "--quiet", "--bare", libOrigin);
        Shell.Git(World.Root, "init", "--quiet", libSeed);
        File.WriteAllText(Path.Combine(libSeed, "lib.py"), "VALUE = 1\n");
        Shell.Git(libSeed, "add", "-A");
        Shell.Git(libSeed, "commit", "--quiet", "-m", "lib");
        Shell.Git(libSeed, "push", "--quiet", libOrigin, "HEAD:production", "HEAD:main");
        World.Git("submodule", "--quiet", "add", libOrigin, "vendor/lib");
        World.CommitAll("add submodule");
        var submodule = Path.Combine(World.Work, "vendor", "lib");
        Shell.Git(submodule, "fetch", "--quiet", "origin");
        return (World.Work, submodule);
    }
}
