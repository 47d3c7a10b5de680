using HookSuite.Core.Sync;

namespace HookSuite.Core.Tests.Sync;

public sealed class FixCommandsTests
{
    [TestCase("models/lora.py", "models/lora.py")]
    [TestCase("my model.py", "'my model.py'")]
    [TestCase("it's.py", "'it'\\''s.py'")]
    [TestCase("$(rm -rf ~).py", "'$(rm -rf ~).py'")]
    public void Quote_Path_IsSafeToPasteIntoAShell(string path, string quoted) =>
        Assert.That(FixCommands.Quote(path), Is.EqualTo(quoted));

    [Test]
    public void ForCommitted_EachState_GivesItsCommand()
    {
        var fixes = new FixCommands(new DeployRef("origin", "production"));

        Assert.That(fixes.ForCommitted(SyncState.Ahead), Does.StartWith("git push origin HEAD:production"));
        Assert.That(fixes.ForCommitted(SyncState.Behind), Is.EqualTo("git pull --ff-only origin production"));
        Assert.That(fixes.ForCommitted(SyncState.Diverged), Does.StartWith("git pull --rebase origin production"));
        Assert.That(fixes.ForCommitted(SyncState.Unknown), Is.EqualTo("git fetch --unshallow origin"));
    }
}
