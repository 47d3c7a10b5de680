using System.Text.RegularExpressions;
using HookSuite.Core.Errors;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace HookSuite.Core.Config;

/// <summary>Reads <c>hooksuite.toml</c>, or <c>[tool.hooksuite]</c> of <c>pyproject.toml</c>, into a checked config.</summary>
public static partial class ConfigReader
{
    public const string ConfigFile = "hooksuite.toml";
    public const string PyProjectFile = "pyproject.toml";
    private const string PyProjectPrefix = "tool.hooksuite.";

    /// <summary>The config from whichever file exists; <paramref name="readFile"/> returns null for a missing file.</summary>
    public static HookSuiteConfig Read(Func<string, string?> readFile, string where)
    {
        if (readFile(ConfigFile) is { } toml)
        {
            return Parse(toml, $"{where}{ConfigFile}", prefix: "");
        }
        if (readFile(PyProjectFile) is { } pyproject && pyproject.Contains("hooksuite", StringComparison.Ordinal))
        {
            return Parse(pyproject, $"{where}{PyProjectFile}", PyProjectPrefix);
        }
        return HookSuiteConfig.Default;
    }

    /// <summary>
    /// The config as committed in HEAD: it names the deploy ref before any snapshot of it exists. With
    /// <paramref name="lenient"/>, a broken HEAD config falls back to the defaults, so that the snapshot
    /// being validated reports its own config errors against its own name.
    /// </summary>
    public static HookSuiteConfig FromHead(LibGit2Sharp.Repository repo, bool lenient = false)
    {
        if (repo.Info.IsHeadUnborn)
        {
            return HookSuiteConfig.Default;
        }
        var head = Snapshots.SnapshotResolver.FromRevision(repo, "HEAD");
        try
        {
            return Read(new Snapshots.SnapshotFiles(repo, head).ReadText, head.PathPrefix);
        }
        catch (HookSuiteException) when (lenient)
        {
            return HookSuiteConfig.Default;
        }
    }

    public static HookSuiteConfig Parse(string text, string source, string prefix = "")
    {
        var document = SyntaxParser.Parse(text, source, true);
        if (document.Diagnostics.FirstOrDefault(d => d.Kind == DiagnosticMessageKind.Error) is { } error)
        {
            throw new HookSuiteException(
                $"{source}:{error.Span.Start.Line + 1}:{error.Span.Start.Column + 1}: invalid TOML: {error.Message} — fix the file");
        }

        var entries = TomlFlattener.Flatten(document);
        if (prefix.Length > 0)
        {
            entries = entries
                .Where(e => e.Path.StartsWith(prefix, StringComparison.Ordinal))
                .Select(e => e with { Path = e.Path[prefix.Length..] })
                .ToList();
        }
        return ConfigBinder.Bind(entries, source, text);
    }

    [GeneratedRegex(@"^validators\[(\d+)\]\.(.+)$")]
    internal static partial Regex ValidatorKey();
}
