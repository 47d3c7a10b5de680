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
        foreach (var file in analysis.AnalyzedFiles)
        {
            var roots = analysis.RootsOf(file);
            var inSnapshot = new ModuleIndex(snapshot, roots);
            var onDisk = new ModuleIndex(local, roots);
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
