namespace HookSuite.Core.Snapshots;

/// <summary>Where a snapshot's tree comes from.</summary>
public enum SnapshotKind { Commit, Index }

/// <summary>A read-only view of one tree: a commit, or exactly what the index would commit.</summary>
/// <param name="Label">How reports name it, e.g. "origin/production @ 1a2b3c4" or "the staged index".</param>
/// <param name="Revision">The revision it was made from ("origin/production", "HEAD"); empty for the index.</param>
public sealed record Snapshot(SnapshotKind Kind, string Label, string TreeId, string? CommitSha, string Revision)
{
    /// <summary>How git names a file in this snapshot: <c>REV:path</c>, or <c>:path</c> for the index.</summary>
    public string PathPrefix => Kind == SnapshotKind.Index ? ":" : Revision + ":";
}
