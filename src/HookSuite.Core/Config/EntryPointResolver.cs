using HookSuite.Core.Errors;
using Microsoft.Extensions.FileSystemGlobbing;

namespace HookSuite.Core.Config;

/// <summary>The scripts run on the box: ENTRY arguments, else the <c>[python] entry_points</c> globs matched against the snapshot.</summary>
public static class EntryPointResolver
{
    public static IReadOnlyList<string> Resolve(IReadOnlyList<string> arguments, PythonConfig python, Func<IEnumerable<string>> snapshotPaths)
    {
        if (arguments.Count > 0)
        {
            return arguments.Select(Normalize).ToList();
        }
        if (python.EntryPoints.Count == 0)
        {
            return [];
        }
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(python.EntryPoints.Select(Normalize));
        var matched = matcher.Match("/", snapshotPaths().Select(p => "/" + p)).Files.Select(f => f.Path).Order(StringComparer.Ordinal).ToList();
        if (matched.Count == 0)
        {
            throw new HookSuiteException(
                $"[python] entry_points ({string.Join(", ", python.EntryPoints)}) match no file of the snapshot — fix the globs");
        }
        return matched;
    }

    private static string Normalize(string path)
    {
        var normalized = path.Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized[2..];
        }
        return normalized;
    }
}
