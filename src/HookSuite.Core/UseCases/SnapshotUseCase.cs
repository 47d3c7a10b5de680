using HookSuite.Core.Git;
using HookSuite.Core.Processes;
using HookSuite.Core.Snapshots;

namespace HookSuite.Core.UseCases;

/// <summary>What <c>hooksuite snapshot</c> was asked.</summary>
public sealed record SnapshotRequest(string Directory, string Revision, bool Staged);

/// <summary>
/// <c>hooksuite snapshot</c>: materializes a commit (or the index) under the git dir and prints the directory — the
/// files exactly as the box would check them out, to look at without touching the working tree.
/// </summary>
public static class SnapshotUseCase
{
    public static async Task<int> RunAsync(SnapshotRequest request, TextWriter stdout, CancellationToken cancellationToken)
    {
        var location = RepositoryLocator.Locate(request.Directory);
        Snapshot snapshot;
        using (var repo = RepositoryLocator.Open(location))
        {
            snapshot = request.Staged ? SnapshotResolver.FromIndex(repo) : SnapshotResolver.FromRevision(repo, request.Revision);
        }
        using var materialized = await new SnapshotStore(location, new ProcessRunner()).MaterializeAsync(snapshot, cancellationToken);
        await stdout.WriteLineAsync(materialized.Root);
        foreach (var submodule in materialized.UnvalidatedSubmodules)
        {
            await Console.Error.WriteLineAsync($"hooksuite: submodule not materialized: {submodule}");
        }
        return ExitCodes.Ok;
    }
}
