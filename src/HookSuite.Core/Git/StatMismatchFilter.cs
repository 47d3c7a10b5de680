namespace HookSuite.Core.Git;

/// <summary>
/// Drops "modified" entries whose content is in fact unchanged after git's own normalisation.
/// git status trusts a size change without looking at content, so a CRLF checkout under core.autocrlf
/// or an eol attribute shows as modified although `git diff` is empty; that is not drift.
/// </summary>
public static class StatMismatchFilter
{
    public static async Task<IReadOnlyList<StatusEntry>> ApplyAsync(
        GitCli git, IReadOnlyList<StatusEntry> entries, CancellationToken cancellationToken)
    {
        // --stdin-paths is line-based: a name with a newline keeps its status rather than risk a wrong answer.
        var suspects = entries
            .Where(e => e.Type is StatusEntryType.Changed or StatusEntryType.Renamed
                && !e.IsSubmodule && e.WorkTreeStatus == 'M' && e.IndexMode == e.WorkTreeMode && !e.Path.Contains('\n'))
            .ToList();
        if (suspects.Count == 0)
        {
            return entries;
        }

        var output = await git.ReadAsync(GitArgs.HashObjectsFromStdin(), TimeSpan.FromMinutes(2), cancellationToken,
            standardInput: string.Join('\n', suspects.Select(e => e.Path)) + "\n");
        var hashes = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var unchanged = new HashSet<StatusEntry>(
            suspects.Where((entry, i) => i < hashes.Length && hashes[i] == entry.IndexSha), ReferenceEqualityComparer.Instance);

        return entries
            .Select(e => unchanged.Contains(e) ? e with { WorkTreeStatus = '.' } : e)
            .Where(e => !(e.IndexStatus == '.' && e.WorkTreeStatus == '.'))
            .ToList();
    }
}
