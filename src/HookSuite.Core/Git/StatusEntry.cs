namespace HookSuite.Core.Git;

/// <summary>The kind of line in <c>git status --porcelain=v2</c>.</summary>
public enum StatusEntryType { Changed, Renamed, Unmerged, Untracked, Ignored }

/// <summary>One path from <c>git status --porcelain=v2 -z</c>.</summary>
/// <param name="IndexStatus">X: the index compared with HEAD ('.' when equal).</param>
/// <param name="WorkTreeStatus">Y: the working tree compared with the index ('.' when equal).</param>
/// <param name="Submodule">"N..." for a plain path, else "S" and the commit/modified/untracked flags.</param>
public sealed record StatusEntry(
    StatusEntryType Type,
    char IndexStatus,
    char WorkTreeStatus,
    string Submodule,
    string HeadMode,
    string IndexMode,
    string WorkTreeMode,
    string HeadSha,
    string IndexSha,
    string Path,
    string? OriginalPath = null)
{
    public bool IsSubmodule => Submodule.Length == 4 && Submodule[0] == 'S';
    public bool SubmoduleCommitChanged => IsSubmodule && Submodule[1] == 'C';
    public bool SubmoduleHasModifications => IsSubmodule && Submodule[2] == 'M';
    public bool SubmoduleHasUntracked => IsSubmodule && Submodule[3] == 'U';
}
