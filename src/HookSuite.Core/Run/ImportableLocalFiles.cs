using HookSuite.Core.Python;

namespace HookSuite.Core.Run;

/// <summary>
/// Untracked or ignored Python files that the entry point's import closure would import: on a fresh box they
/// do not exist, so running here would run something the deploy ref does not have.
/// </summary>
public static class ImportableLocalFiles
{
    public static IReadOnlyList<string> Find(PythonAnalysis analysis, SourceTree snapshot, SourceTree local, ISet<string> tracked)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var indexes = new Dictionary<string, (ModuleIndex InSnapshot, ModuleIndex OnDisk)>(StringComparer.Ordinal);
        foreach (var file in analysis.AnalyzedFiles)
        {
            var roots = analysis.RootsOf(file);
            var key = string.Join('\0', roots);
            if (!indexes.TryGetValue(key, out var pair))
            {
                indexes[key] = pair = (new ModuleIndex(snapshot, roots), new ModuleIndex(local, roots));
            }
            var (inSnapshot, onDisk) = pair;
            foreach (var name in analysis.ImportedNames(file))
            {
                var parts = name.Split('.');
                for (var i = 1; i <= parts.Length; i++)
                {
                    var prefix = string.Join('.', parts[..i]);
                    if (inSnapshot.Resolve(prefix)?.File is not null)
                    {
                        continue;
                    }
                    if (onDisk.Resolve(prefix)?.File is { } diskFile && !tracked.Contains(diskFile))
                    {
                        found.Add(diskFile);
                    }
                }
            }
        }
        return [.. found];
    }
}
