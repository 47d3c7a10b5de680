using HookSuite.Core.Git;
using HookSuite.Core.Processes;
using HookSuite.Core.Sync;
using HookSuite.Testing;

namespace HookSuite.Core.Tests.Sync;

/// <summary>A fresh world per test, and a one-call comparison against it.</summary>
public abstract class ComparisonTestBase
{
    protected GitWorld World { get; private set; } = null!;

    [SetUp]
    public void CreateWorld() => World = GitWorld.Create();

    [TearDown]
    public void DeleteWorld() => World.Dispose();

    protected static Task<ComparisonReport> CompareAsync(string directory, ComparisonOptions? options = null) =>
        new DeployRefComparison(new ProcessRunner()).CompareAsync(RepositoryLocator.Locate(directory), options ?? new ComparisonOptions());

    protected Task<ComparisonReport> CompareAsync(ComparisonOptions? options = null) => CompareAsync(World.Work, options);

    protected static IEnumerable<(DriftKind Kind, string Path)> KindsAndPaths(ComparisonReport report) =>
        report.Drift.Select(d => (d.Kind, d.Path));
}
