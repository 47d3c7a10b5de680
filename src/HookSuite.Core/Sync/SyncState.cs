namespace HookSuite.Core.Sync;

/// <summary>How HEAD's history relates to the deploy ref's.</summary>
public enum SyncState
{
    InSync,
    /// <summary>HEAD has commits the deploy ref lacks: not pushed.</summary>
    Ahead,
    /// <summary>The deploy ref has commits HEAD lacks: a pull is needed.</summary>
    Behind,
    Diverged,
    /// <summary>A shallow clone lacks the history that links the two.</summary>
    Unknown,
}
