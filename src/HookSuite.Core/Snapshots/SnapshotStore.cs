using HookSuite.Core.Errors;
using HookSuite.Core.Git;
using HookSuite.Core.Processes;

namespace HookSuite.Core.Snapshots;

/// <summary>
/// Materializes snapshots under <c>&lt;git common dir&gt;/hooksuite/snapshots/slot-N/</c> with git's own checkout
/// machinery (attributes, eol, filters, executable bits, symlinks, no writes through symlinks), each slot with its
/// own index. Moving a slot to another tree rewrites only what differs. Each run locks its slot, so concurrent runs
/// use different slots; old slots are pruned.
/// </summary>
public sealed class SnapshotStore(RepositoryLocation location, ProcessRunner runner)
{
    public const int MaxSlots = 8;
    private static readonly TimeSpan PruneAfter = TimeSpan.FromDays(7);
    private static readonly TimeSpan WaitForSlot = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan GitTimeout = TimeSpan.FromMinutes(10);

    public string SlotsDirectory => Path.Combine(location.StateDir, "snapshots");

    public async Task<MaterializedSnapshot> MaterializeAsync(Snapshot snapshot, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(SlotsDirectory);
        Prune();
        var (slot, slotLock) = await AcquireSlotAsync(snapshot, cancellationToken);
        try
        {
            var unvalidated = await CheckOutAsync(slot, snapshot, cancellationToken);
            return new MaterializedSnapshot(Path.Combine(slot, "tree"), unvalidated, slotLock);
        }
        catch
        {
            slotLock.Dispose();
            throw;
        }
    }

    private async Task<(string Slot, SlotLock Lock)> AcquireSlotAsync(Snapshot snapshot, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + WaitForSlot;
        while (true)
        {
            // Prefer the slot that already holds this tree, then the most recently used (closest to it).
            var slots = Directory.GetDirectories(SlotsDirectory, "slot-*")
                .OrderByDescending(s => ReadState(s) == snapshot.TreeId)
                .ThenByDescending(s => File.GetLastWriteTimeUtc(Path.Combine(s, "lock")))
                .ToList();
            foreach (var slot in slots)
            {
                if (SlotLock.TryAcquire(slot) is { } held)
                {
                    return (slot, held);
                }
            }
            for (var n = 0; n < MaxSlots; n++)
            {
                var slot = Path.Combine(SlotsDirectory, $"slot-{n}");
                if (!Directory.Exists(slot) && SlotLock.TryAcquire(slot) is { } created)
                {
                    return (slot, created);
                }
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new HookSuiteException($"all {MaxSlots} snapshot slots in {SlotsDirectory} stayed busy for {WaitForSlot.TotalMinutes:0} min — are other hooksuite runs stuck?");
            }
            await Task.Delay(100, cancellationToken);
        }
    }

    private async Task<IReadOnlyList<string>> CheckOutAsync(string slot, Snapshot snapshot, CancellationToken cancellationToken)
    {
        var tree = Directory.CreateDirectory(Path.Combine(slot, "tree")).FullName;
        var index = Path.Combine(slot, "index");
        // We hold the slot lock, so a leftover index.lock is from a run that was killed: remove it.
        File.Delete(index + ".lock");
        var git = new GitCli(location with { WorkTree = tree, IndexFile = index }, runner);

        if (ReadState(slot) != snapshot.TreeId)
        {
            // Clear the state first: a run killed mid-checkout leaves no claim that the slot is complete.
            File.Delete(StatePath(slot));
            await git.ReadAsync(GitArgs.ReadTreeInto(snapshot.TreeId), GitTimeout, cancellationToken);
        }
        await RestoreModifiedAsync(git, cancellationToken);
        await git.ReadAsync(GitArgs.RemoveUntracked(), GitTimeout, cancellationToken);
        var unvalidated = await new SubmoduleCheckout(location, runner).MaterializeAsync(slot, tree, snapshot, cancellationToken);
        await File.WriteAllTextAsync(StatePath(slot), snapshot.TreeId, cancellationToken);
        return unvalidated;
    }

    /// <summary>A validator may have edited files of the snapshot: put them back so every run starts clean.</summary>
    private static async Task RestoreModifiedAsync(GitCli git, CancellationToken cancellationToken)
    {
        var modified = await git.ReadAsync(GitArgs.ModifiedFiles(), GitTimeout, cancellationToken);
        if (modified.Length > 0)
        {
            await git.ReadAsync(GitArgs.RestoreFilesFromStdin(), GitTimeout, cancellationToken, standardInput: modified);
        }
    }

    /// <summary>Deletes slots nobody has used for a week (skipping any that a run holds).</summary>
    private void Prune()
    {
        foreach (var slot in Directory.GetDirectories(SlotsDirectory, "slot-*"))
        {
            var lockFile = Path.Combine(slot, "lock");
            if (File.Exists(lockFile) && DateTime.UtcNow - File.GetLastWriteTimeUtc(lockFile) < PruneAfter)
            {
                continue;
            }
            using var held = SlotLock.TryAcquire(slot);
            if (held is null)
            {
                continue;
            }
            try
            {
                foreach (var entry in Directory.EnumerateFileSystemEntries(slot))
                {
                    if (Path.GetFileName(entry) != "lock")
                    {
                        DeleteTree(entry);
                    }
                }
            }
            catch (IOException)
            {
                // Pruning is housekeeping; a file in use is left for the next run.
            }
        }
    }

    private static void DeleteTree(string path)
    {
        if (Directory.Exists(path) && new DirectoryInfo(path).LinkTarget is null)
        {
            Directory.Delete(path, recursive: true);
        }
        else
        {
            File.Delete(path);
        }
    }

    private static string StatePath(string slot) => Path.Combine(slot, "tree-id");

    private static string? ReadState(string slot) => File.Exists(StatePath(slot)) ? File.ReadAllText(StatePath(slot)).Trim() : null;
}
