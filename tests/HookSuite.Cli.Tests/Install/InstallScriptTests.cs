using HookSuite.Testing;

namespace HookSuite.Cli.Tests.Install;

/// <summary>install.sh and install.ps1 (under PowerShell 7) install hooks that real commits run, and uninstall restores.</summary>
public sealed class InstallScriptTests
{
    private GitWorld _world = null!;

    [SetUp]
    public void CreateWorld()
    {
        if (!File.Exists(Checkout.PublishedBinary))
        {
            Assert.Ignore("no published binaries: run ./install.sh --build-only first (CI does)");
        }
        _world = GitWorld.Create();
    }

    [TearDown]
    public void DeleteWorld() => _world?.Dispose();

    private string Hook(string name) => Path.Combine(_world.Work, ".git", "hooks", name);

    [Test]
    public void InstallSh_InstallsHooksThatBlockABadCommit_AndUninstallRemovesThem()
    {
        var install = Shell.Run(Checkout.Root, "bash", ["install.sh", "--no-build", _world.Work]);
        _world.Write("train.py", "from models.nowhere import Thing\n").Git("add", "train.py");
        var commit = Shell.Run(_world.Work, "git", ["commit", "-m", "bad import"]);
        var uninstall = Shell.Run(Checkout.Root, "bash", ["install.sh", "--uninstall", _world.Work]);

        Assert.That(install.ExitCode, Is.EqualTo(0), install.StdErr);
        Assert.That(install.StdOut, Does.Contain("pre-commit: installed"));
        Assert.That(commit.ExitCode, Is.Not.EqualTo(0));
        Assert.That(commit.StdErr, Does.Contain("No module named 'models.nowhere'"));
        Assert.That(uninstall.ExitCode, Is.EqualTo(0));
        Assert.That(File.Exists(Hook("pre-commit")), Is.False);
    }

    [Test]
    public void InstallPs1_UnderPowerShell7_InstallsAndUninstalls()
    {
        if (Checkout.PowerShell is not { } pwsh)
        {
            Assert.Ignore("PowerShell 7 is not installed (CI installs it: dotnet tool install PowerShell --version 7.6.10)");
            return;
        }
        var usage = Shell.Run(Checkout.Root, pwsh, ["-NoProfile", "-File", "install.ps1", "--frobnicate"]);
        var install = Shell.Run(Checkout.Root, pwsh, ["-NoProfile", "-File", "install.ps1", "--no-build", _world.Work]);
        var installed = File.Exists(Hook("pre-push")) ? File.ReadAllText(Hook("pre-push")) : "";
        var uninstall = Shell.Run(Checkout.Root, pwsh, ["-NoProfile", "-File", "install.ps1", "--uninstall", _world.Work]);

        Assert.That(usage.ExitCode, Is.EqualTo(2));
        Assert.That(usage.StdErr, Does.Contain("unknown option '--frobnicate'"));
        Assert.That(install.ExitCode, Is.EqualTo(0), install.StdOut + install.StdErr);
        Assert.That(installed, Does.Contain("hooksuite-pre-push"));
        Assert.That(uninstall.ExitCode, Is.EqualTo(0), uninstall.StdOut + uninstall.StdErr);
        Assert.That(File.Exists(Hook("pre-push")), Is.False);
    }
}
