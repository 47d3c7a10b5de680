using HookSuite.Core.Errors;
using HookSuite.Core.Sync;

namespace HookSuite.Core.Tests.Sync;

public sealed class DeployRefTests
{
    [TestCase("origin/production", "origin", "production")]
    [TestCase("refs/remotes/origin/production", "origin", "production")]
    [TestCase("origin/release/v2", "origin", "release/v2")]
    [TestCase("team/gpu/production", "team/gpu", "production")]
    public void Parse_RemoteSlashBranch_SplitsAtTheLongestConfiguredRemote(string text, string remote, string branch)
    {
        var deployRef = DeployRef.Parse(text, ["origin", "team", "team/gpu"]);

        Assert.That((deployRef.Remote, deployRef.Branch), Is.EqualTo((remote, branch)));
        Assert.That(deployRef.TrackingRef, Is.EqualTo($"refs/remotes/{remote}/{branch}"));
    }

    [TestCase("production")]
    [TestCase("origin/")]
    [TestCase("/production")]
    public void Parse_WithoutRemoteAndBranch_AsksForRemoteSlashBranch(string text)
    {
        var error = Assert.Throws<HookSuiteException>(() => DeployRef.Parse(text, ["origin"]));

        Assert.That(error!.Message, Does.Contain("must name a remote and a branch"));
    }

    [Test]
    public void Parse_UnknownRemote_ListsTheKnownOnes()
    {
        var error = Assert.Throws<HookSuiteException>(() => DeployRef.Parse("upstream/production", ["origin", "fork"]));

        Assert.That(error!.Message, Does.Contain("remotes here: origin, fork"));
    }
}
