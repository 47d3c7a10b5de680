namespace HookSuite.Core.Snapshots;

/// <summary>A snapshot written out on disk for validators; disposing releases its slot for the next run.</summary>
public sealed class MaterializedSnapshot(string root, IReadOnlyList<string> unvalidatedSubmodules, IDisposable slotLock) : IDisposable
{
    /// <summary>The directory holding the snapshot's files.</summary>
    public string Root { get; } = root;

    /// <summary>Submodules whose commit is not present locally, so their files are absent: "not validated", never silently skipped.</summary>
    public IReadOnlyList<string> UnvalidatedSubmodules { get; } = unvalidatedSubmodules;

    public void Dispose() => slotLock.Dispose();
}
