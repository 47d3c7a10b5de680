using HookSuite.Core.Git;
using HookSuite.Core.Processes;
using HookSuite.Core.Snapshots;
using HookSuite.Testing;

namespace HookSuite.Core.Tests.Snapshots;

public sealed class SnapshotStoreTests
{
    private GitWorld _world = null!;
    private RepositoryLocation _location = null!;

    [SetUp]
    public void CreateWorld()
    {
        _world = GitWorld.Create();
        _location = RepositoryLocator.Locate(_world.Work);
    }

    [TearDown]
    public void DeleteWorld() => _world.Dispose();

    private SnapshotStore Store => new(_location, new ProcessRunner());

    private Snapshot Revision(string revision)
    {
        using var repo = RepositoryLocator.Open(_location);
        return SnapshotResolver.FromRevision(repo, revision);
    }

    private Snapshot Index()
    {
        using var repo = RepositoryLocator.Open(_location);
        return SnapshotResolver.FromIndex(repo);
    }

    private string Read(MaterializedSnapshot snapshot, string relative) => File.ReadAllText(Path.Combine(snapshot.Root, relative));

    [Test]
    public async Task Materialize_DeployRef_HasDeployContentNotTheWorkingTree()
    {
        _world.Write("models/lora.py", "LOCAL EDIT\n");
        _world.Write("only_local.py", "X = 1\n");
        _world.Write("staged_only.py", "S = 1\n").Git("add", "staged_only.py");

        using var snapshot = await Store.MaterializeAsync(Revision("origin/production"), CancellationToken.None);

        Assert.That(Read(snapshot, "models/lora.py"), Does.Contain("class LoraModel"));
        Assert.That(File.Exists(Path.Combine(snapshot.Root, "only_local.py")), Is.False);
        Assert.That(File.Exists(Path.Combine(snapshot.Root, "staged_only.py")), Is.False);
        Assert.That(snapshot.Root, Does.StartWith(Path.Combine(_world.Work, ".git", "hooksuite", "snapshots")));
    }

    [Test]
    public async Task Materialize_StagedIndex_SeesTheIndexNotUnstagedEdits()
    {
        _world.Write("train.py", "STAGED\n").Git("add", "train.py");
        _world.Write("train.py", "UNSTAGED\n");

        using var snapshot = await Store.MaterializeAsync(Index(), CancellationToken.None);

        Assert.That(Read(snapshot, "train.py"), Is.EqualTo("STAGED\n"));
    }

    [Test]
    public async Task Materialize_KeepsExecutableBitsAndSymlinks()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("POSIX modes and links");
            return;
        }
        _world.Write("run.sh", "#!/bin/sh\necho hi\n");
        File.SetUnixFileMode(Path.Combine(_world.Work, "run.sh"), (UnixFileMode)0b111_101_101);
        File.CreateSymbolicLink(Path.Combine(_world.Work, "latest.py"), "train.py");
        _world.CommitAll("script and link");

        using var snapshot = await Store.MaterializeAsync(Revision("HEAD"), CancellationToken.None);

        Assert.That(File.GetUnixFileMode(Path.Combine(snapshot.Root, "run.sh")) & UnixFileMode.UserExecute, Is.EqualTo(UnixFileMode.UserExecute));
        Assert.That(new FileInfo(Path.Combine(snapshot.Root, "latest.py")).LinkTarget, Is.EqualTo("train.py"));
    }

    [Test]
    public async Task Materialize_GitattributesEol_IsAppliedLikeACheckout()
    {
        _world.Write(".gitattributes", "*.bat text eol=crlf\n").Write("go.bat", "echo one\necho two\n").CommitAll("bat");

        using var snapshot = await Store.MaterializeAsync(Revision("HEAD"), CancellationToken.None);

        Assert.That(Read(snapshot, "go.bat"), Is.EqualTo("echo one\r\necho two\r\n"));
    }

    [Test]
    public async Task Materialize_MovedByOneCommit_RewritesOnlyTheChangedFile()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("inode numbers");
            return;
        }
        var first = Revision("HEAD");
        string root;
        using (var snapshot = await Store.MaterializeAsync(first, CancellationToken.None))
        {
            root = snapshot.Root;
        }
        var untouched = Inode(Path.Combine(root, "train.py"));
        _world.Write("models/lora.py", "class LoraModel:\n    pass\n").CommitAll("change one file");

        using (var moved = await Store.MaterializeAsync(Revision("HEAD"), CancellationToken.None))
        {
            Assert.That(moved.Root, Is.EqualTo(root));
            Assert.That(Read(moved, "models/lora.py"), Is.EqualTo("class LoraModel:\n    pass\n"));
            Assert.That(Inode(Path.Combine(root, "train.py")), Is.EqualTo(untouched), "an unchanged file must not be rewritten");
        }
    }

    [Test]
    public async Task Materialize_AfterAValidatorWroteIntoIt_StartsClean()
    {
        var deploy = Revision("origin/production");
        using (var dirty = await Store.MaterializeAsync(deploy, CancellationToken.None))
        {
            File.WriteAllText(Path.Combine(dirty.Root, "train.py"), "tampered");
            File.WriteAllText(Path.Combine(dirty.Root, "leftover.txt"), "junk");
            Directory.CreateDirectory(Path.Combine(dirty.Root, "__pycache__"));
            File.WriteAllText(Path.Combine(dirty.Root, "__pycache__", "x.pyc"), "junk");
        }

        using var clean = await Store.MaterializeAsync(deploy, CancellationToken.None);

        Assert.That(Read(clean, "train.py"), Does.Contain("LoraModel().fit()"));
        Assert.That(File.Exists(Path.Combine(clean.Root, "leftover.txt")), Is.False);
        Assert.That(Directory.Exists(Path.Combine(clean.Root, "__pycache__")), Is.False);
    }

    [Test]
    public async Task Materialize_AfterARunKilledMidCheckout_Succeeds()
    {
        string slot;
        using (var first = await Store.MaterializeAsync(Revision("HEAD"), CancellationToken.None))
        {
            slot = Path.GetDirectoryName(first.Root)!;
        }
        // What a kill -9 during `git read-tree` leaves: a lock file, no completion marker, a half-written file.
        File.WriteAllText(Path.Combine(slot, "index.lock"), "");
        File.Delete(Path.Combine(slot, "tree-id"));
        File.WriteAllText(Path.Combine(slot, "tree", "train.py"), "half");

        using var next = await Store.MaterializeAsync(Revision("HEAD"), CancellationToken.None);

        Assert.That(Read(next, "train.py"), Does.Contain("LoraModel().fit()"));
    }

    [Test]
    public async Task Materialize_TwoRunsAtOnce_GetSeparateSlots()
    {
        using var first = await Store.MaterializeAsync(Revision("HEAD"), CancellationToken.None);
        using var second = await Store.MaterializeAsync(Revision("HEAD"), CancellationToken.None);

        Assert.That(second.Root, Is.Not.EqualTo(first.Root));
        Assert.That(Read(second, "train.py"), Is.EqualTo(Read(first, "train.py")));
    }

    [Test]
    public async Task Materialize_SubmoduleWithLocalObjects_IsCheckedOutAtItsRecordedCommit()
    {
        AddSubmodule(withObjects: true);

        using var snapshot = await Store.MaterializeAsync(Revision("HEAD"), CancellationToken.None);

        Assert.That(Read(snapshot, "vendor/lib/lib.py"), Is.EqualTo("VALUE = 1\n"));
        Assert.That(snapshot.UnvalidatedSubmodules, Is.Empty);
    }

    [Test]
    public async Task Materialize_SubmoduleWithoutLocalObjects_IsReportedNotValidated()
    {
        AddSubmodule(withObjects: false);

        using var snapshot = await Store.MaterializeAsync(Revision("HEAD"), CancellationToken.None);

        Assert.That(snapshot.UnvalidatedSubmodules.Single(), Does.StartWith("vendor/lib (commit "));
    }

    [Test]
    public async Task Materialize_LeavesTheUserRepositoryByteIdentical()
    {
        _world.WithUncommittedChanges();
        var before = _world.Fingerprint();

        using (await Store.MaterializeAsync(Revision("origin/production"), CancellationToken.None))
        using (await Store.MaterializeAsync(Index(), CancellationToken.None))
        {
        }

        Assert.That(_world.Fingerprint().DifferencesFrom(before), Is.Empty);
    }

    private void AddSubmodule(bool withObjects)
    {
        var libSeed = Path.Combine(_world.Root, "lib-seed");
        Shell.Git(_world.Root, "init", "--quiet", libSeed);
        File.WriteAllText(Path.Combine(libSeed, "lib.py"), "VALUE = 1\n");
        Shell.Git(libSeed, "add", "-A");
        Shell.Git(libSeed, "commit", "--quiet", "-m", "lib");
        _world.Git("submodule", "--quiet", "add", libSeed, "vendor/lib");
        _world.CommitAll("add submodule");
        if (!withObjects)
        {
            _world.Git("submodule", "--quiet", "deinit", "--force", "vendor/lib");
            Directory.Delete(Path.Combine(_world.Work, ".git", "modules", "vendor", "lib"), recursive: true);
        }
    }

    private static long Inode(string path) => long.Parse(Shell.Run(Path.GetDirectoryName(path)!, "stat", ["-c", "%i", path]).StdOut.Trim());
}
