namespace HookSuite.Core.Sync;

/// <summary>One difference between what the user has and what the deploy ref holds, with the command that fixes it.</summary>
public sealed record DriftItem(DriftKind Kind, string Path, string Detail, string Fix)
{
    /// <summary>True for differences in the working tree or index (not in committed history).</summary>
    public bool IsLocal => Kind is not (DriftKind.Unpushed or DriftKind.NotPulled or DriftKind.Diverged or DriftKind.Shallow);
}
