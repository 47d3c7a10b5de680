using HookSuite.Core.Sync;

namespace HookSuite.Core.Tests.Sync;

public sealed class DeployRefComparisonTests : ComparisonTestBase
{
    [Test]
    public async Task Compare_CloneEqualToProduction_IsInSync()
    {
        var report = await CompareAsync();

        Assert.That(report.InSync, Is.True);
        Assert.That(report.Commits.State, Is.EqualTo(SyncState.InSync));
        Assert.That(report.Drift, Is.Empty);
        Assert.That(report.HeadSha, Is.EqualTo(report.DeploySha));
        Assert.That(report.Fetch.Succeeded, Is.True);
    }

    [Test]
    public async Task Compare_UnpushedCommit_IsAheadWithItsSubjectAndFiles()
    {
        World.AheadOfOrigin("add load_modifications");

        var report = await CompareAsync();

        Assert.That(report.Commits.State, Is.EqualTo(SyncState.Ahead));
        Assert.That(report.Commits.Ahead, Is.EqualTo(1));
        Assert.That(report.Commits.AheadCommits.Single().Subject, Is.EqualTo("add load_modifications"));
        var item = report.Drift.Single();
        Assert.That((item.Kind, item.Path), Is.EqualTo((DriftKind.Unpushed, "models/lora.py")));
        Assert.That(item.Fix, Does.StartWith("git push origin HEAD:production"));
    }

    [Test]
    public async Task Compare_TeammatePushedToProduction_IsBehindAfterFreshFetch()
    {
        World.BehindOrigin();

        var report = await CompareAsync();

        Assert.That(report.Commits.State, Is.EqualTo(SyncState.Behind));
        Assert.That(report.Commits.Behind, Is.EqualTo(1));
        Assert.That(report.Commits.BehindCommits.Single().Subject, Is.EqualTo("add data module"));
        Assert.That(KindsAndPaths(report), Is.EquivalentTo(new[] { (DriftKind.NotPulled, "data.py") }));
        Assert.That(report.Drift[0].Fix, Is.EqualTo("git pull --ff-only origin production"));
    }

    [Test]
    public async Task Compare_WithoutFetch_DoesNotSeeTheTeammatesPush()
    {
        World.BehindOrigin();

        var report = await CompareAsync(new ComparisonOptions(Fetch: false));

        Assert.That(report.InSync, Is.True);
        Assert.That(report.Fetch.Attempted, Is.False);
        Assert.That(report.LastFetched, Is.Not.Null);
    }

    [Test]
    public async Task Compare_CommitsOnBothSides_IsDivergedWithRebaseFix()
    {
        World.BehindOrigin();
        World.AheadOfOrigin();

        var report = await CompareAsync();

        Assert.That(report.Commits.State, Is.EqualTo(SyncState.Diverged));
        Assert.That((report.Commits.Ahead, report.Commits.Behind), Is.EqualTo((1, 1)));
        Assert.That(report.Drift.Select(d => d.Kind).Distinct(), Is.EqualTo(new[] { DriftKind.Diverged }));
        Assert.That(report.Drift[0].Fix, Does.StartWith("git pull --rebase origin production"));
    }

    [Test]
    public async Task Compare_MoreThanTenUnpushedCommits_ListsTenSubjectsAndCountsAll()
    {
        for (var i = 0; i < 12; i++)
        {
            World.Write("notes.py", $"N = {i}\n").CommitAll($"commit {i}");
        }

        var report = await CompareAsync();

        Assert.That(report.Commits.Ahead, Is.EqualTo(12));
        Assert.That(report.Commits.AheadCommits, Has.Count.EqualTo(10));
        Assert.That(report.Commits.AheadCommits[0].Subject, Is.EqualTo("commit 11"));
    }

    [Test]
    public async Task Compare_DetachedHead_ComparesTheCommitAndSaysDetached()
    {
        World.Git("checkout", "--quiet", "--detach", "HEAD");

        var report = await CompareAsync();

        Assert.That(report.Detached, Is.True);
        Assert.That(report.InSync, Is.True);
    }

    [Test]
    public async Task Compare_OtherDeployRef_UsesIt()
    {
        World.Git("push", "--quiet", "origin", "HEAD:staging");
        World.AheadOfOrigin();
        World.Git("push", "--quiet", "origin", "HEAD:staging");

        var staging = await CompareAsync(new ComparisonOptions("origin/staging"));
        var production = await CompareAsync();

        Assert.That(staging.InSync, Is.True);
        Assert.That(staging.DeployRef.Name, Is.EqualTo("origin/staging"));
        Assert.That(production.InSync, Is.False);
    }
}
