namespace HookSuite.Core.Sync;

/// <summary>What kind of difference a drift item is; the JSON name is the snake_case form.</summary>
public enum DriftKind
{
    /// <summary>A file that differs between HEAD and the deploy ref because of commits not pushed.</summary>
    Unpushed,
    /// <summary>A file that differs because the deploy ref has commits not pulled.</summary>
    NotPulled,
    /// <summary>A file that differs while the histories have diverged (or are unknown in a shallow clone).</summary>
    Diverged,
    Staged,
    Unstaged,
    Deleted,
    Renamed,
    Mode,
    Untracked,
    Conflict,
    Submodule,
    /// <summary>The shallow clone lacks the history needed to count commits.</summary>
    Shallow,
}
