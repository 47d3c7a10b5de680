using HookSuite.Core.Sync;
using HookSuite.Testing;

namespace HookSuite.Core.Tests.Sync;

public sealed class FileDriftTests : ComparisonTestBase
{
    [Test]
    public async Task Compare_StagedNewFile_IsStagedDrift()
    {
        World.Write("prep.py", "X = 1\n").Git("add", "prep.py");

        var report = await CompareAsync();

        Assert.That(KindsAndPaths(report), Is.EquivalentTo(new[] { (DriftKind.Staged, "prep.py") }));
        Assert.That(report.Drift[0].Fix, Is.EqualTo("git commit"));
    }

    [Test]
    public async Task Compare_UnstagedEdit_IsUnstagedDriftWithAddFix()
    {
        World.Write("models/lora.py", "class LoraModel:\n    def load_modifications(self):\n        pass\n");

        var report = await CompareAsync();

        Assert.That(KindsAndPaths(report), Is.EquivalentTo(new[] { (DriftKind.Unstaged, "models/lora.py") }));
        Assert.That(report.Drift[0].Fix, Is.EqualTo("git add -- models/lora.py && git commit"));
    }

    [Test]
    public async Task Compare_DeletedFiles_AreDeletionsStagedOrNot()
    {
        World.Delete("train.py");
        World.Git("rm", "--quiet", "models/lora.py");

        var report = await CompareAsync();

        Assert.That(KindsAndPaths(report), Is.EquivalentTo(new[] { (DriftKind.Deleted, "train.py"), (DriftKind.Deleted, "models/lora.py") }));
        Assert.That(report.Drift.Single(d => d.Path == "train.py").Fix, Is.EqualTo("git rm -- train.py && git commit"));
    }

    [Test]
    public async Task Compare_StagedRename_IsRenameNamingTheOldPath()
    {
        World.Git("mv", "train.py", "train_lora.py");

        var report = await CompareAsync();

        var item = report.Drift.Single();
        Assert.That((item.Kind, item.Path), Is.EqualTo((DriftKind.Renamed, "train_lora.py")));
        Assert.That(item.Detail, Does.Contain("renamed from train.py"));
    }

    [Test]
    public async Task Compare_ExecutableBitFlipped_IsModeDrift()
    {
        MakeExecutable("train.py");

        var report = await CompareAsync();

        var item = report.Drift.Single();
        Assert.That((item.Kind, item.Path), Is.EqualTo((DriftKind.Mode, "train.py")));
        Assert.That(item.Detail, Does.Contain("100644 → 100755"));
    }

    [Test]
    public async Task Compare_ModeFlipWithFileModeFalse_IsNoDrift()
    {
        World.Git("config", "core.fileMode", "false");
        MakeExecutable("train.py");

        var report = await CompareAsync();

        Assert.That(report.Drift, Is.Empty);
    }

    [Test]
    public async Task Compare_UntrackedFile_IsDriftButIgnoredFileIsNot()
    {
        World.Write("prepare.py", "def prepare_for_training():\n    pass\n");
        World.Write("run.log", "loss=0.1\n");
        World.Write("checkpoints/epoch1.pt", "weights");

        var report = await CompareAsync();

        Assert.That(KindsAndPaths(report), Is.EquivalentTo(new[] { (DriftKind.Untracked, "prepare.py") }));
    }

    [Test]
    public async Task Compare_MidMergeConflict_ReportsTheConflict()
    {
        World.InMergeConflict();

        var report = await CompareAsync();

        Assert.That(report.Drift.Where(d => d.Kind == DriftKind.Conflict).Select(d => d.Path), Is.EqualTo(new[] { "train.py" }));
    }

    [Test]
    public async Task Compare_CrlfWorkingCopyUnderAutocrlf_IsNoDrift()
    {
        World.Git("config", "core.autocrlf", "true");
        File.WriteAllText(Path.Combine(World.Work, "train.py"), "from models.lora import LoraModel\r\n\r\nLoraModel().fit()\r\n");

        var report = await CompareAsync();

        Assert.That(report.Drift, Is.Empty);
    }

    [Test]
    public async Task Compare_CrlfWorkingCopyUnderGitattributesEol_IsNoDrift()
    {
        World.Write(".gitattributes", "*.py text eol=crlf\n").CommitAll("eol attributes");
        World.Git("push", "--quiet", "origin", "HEAD:production");
        File.WriteAllText(Path.Combine(World.Work, "train.py"), "from models.lora import LoraModel\r\n\r\nLoraModel().fit()\r\n");

        var report = await CompareAsync();

        Assert.That(report.Drift, Is.Empty);
    }

    [Test]
    public async Task Compare_TouchedButUnchangedFile_IsNoDrift()
    {
        File.SetLastWriteTimeUtc(Path.Combine(World.Work, "train.py"), DateTime.UtcNow.AddHours(1));

        var report = await CompareAsync();

        Assert.That(report.InSync, Is.True);
    }

    [Test]
    public async Task Compare_FileNamesWithSpacesUnicodeAndNewlines_AreNamedExactly()
    {
        World.Write("my model.py", "A = 1\n");
        World.Write("modèle_ü.py", "B = 1\n");
        World.Write("new\nline.py", "C = 1\n");

        var report = await CompareAsync();

        Assert.That(report.Drift.Select(d => d.Path), Is.EquivalentTo(new[] { "my model.py", "modèle_ü.py", "new\nline.py" }));
        Assert.That(report.Drift.Single(d => d.Path == "my model.py").Fix, Is.EqualTo("git add -- 'my model.py' && git commit"));
    }

    [Test]
    public async Task Compare_RepositoryPathWithSpacesAndUnicode_Works()
    {
        using var world = GitWorld.Create("hooksuite world ü ");
        world.Write("train.py", "print(2)\n");

        var report = await CompareAsync(world.Work);

        Assert.That(KindsAndPaths(report), Is.EquivalentTo(new[] { (DriftKind.Unstaged, "train.py") }));
    }

    private void MakeExecutable(string relative)
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("no executable bit on Windows");
            return;
        }
        File.SetUnixFileMode(Path.Combine(World.Work, relative), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
