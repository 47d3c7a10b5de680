namespace HookSuite.Core.Sync;

/// <summary>How the fetch of the deploy ref went; a failed fetch is an outcome, not an exception.</summary>
public sealed record FetchOutcome(bool Attempted, bool Succeeded, string? Error, bool BranchMissing)
{
    public static readonly FetchOutcome Skipped = new(false, false, null, false);
    public static readonly FetchOutcome Fetched = new(true, true, null, false);
}
