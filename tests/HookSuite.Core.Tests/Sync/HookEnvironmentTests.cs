using HookSuite.Core.Sync;

namespace HookSuite.Core.Tests.Sync;

/// <summary>Inside a hook git exports GIT_DIR and GIT_INDEX_FILE; HookSuite must read the repository and index they name.</summary>
[NonParallelizable]
public sealed class HookEnvironmentTests : ComparisonTestBase
{
    [TearDown]
    public void ClearGitVariables()
    {
        Environment.SetEnvironmentVariable("GIT_DIR", null);
        Environment.SetEnvironmentVariable("GIT_INDEX_FILE", null);
    }

    [Test]
    public async Task Compare_WithGitDirAndIndexFileSet_ReadsThatIndex()
    {
        var alternateIndex = Path.Combine(World.Root, "alternate-index");
        File.Copy(Path.Combine(World.Work, ".git", "index"), alternateIndex);
        World.Write("staged_elsewhere.py", "X = 1\n");
        HookSuite.Testing.Shell.Run(World.Work, "git", ["add", "staged_elsewhere.py"],
            new Dictionary<string, string?> { ["GIT_INDEX_FILE"] = alternateIndex });
        Environment.SetEnvironmentVariable("GIT_DIR", Path.Combine(World.Work, ".git"));
        Environment.SetEnvironmentVariable("GIT_INDEX_FILE", alternateIndex);

        var report = await CompareAsync(World.Work);

        Assert.That(KindsAndPaths(report), Is.EquivalentTo(new[] { (DriftKind.Staged, "staged_elsewhere.py") }));
    }
}
