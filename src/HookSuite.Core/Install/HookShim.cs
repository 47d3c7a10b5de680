namespace HookSuite.Core.Install;

/// <summary>The small shell script HookSuite puts in the hooks directory: runs any hook that was there first, then ours, by absolute path.</summary>
public static class HookShim
{
    public const string Marker = "# installed by HookSuite";
    public const string ChainedSuffix = ".hooksuite-chained";

    public static readonly IReadOnlyList<string> Hooks = ["pre-commit", "pre-push", "post-merge"];

    /// <param name="command">The absolute command line that runs our hook executable (already shell-quoted).</param>
    public static string Render(string hook, string command)
    {
        // pre-push and pre-receive get the ref lines on stdin: both the chained hook and ours must see all of them.
        var buffered = hook is "pre-push" or "pre-receive";
        var lines = new List<string>
        {
            "#!/bin/sh",
            $"{Marker}: `hooksuite uninstall` removes this and restores any hook that was here before.",
        };
        if (buffered)
        {
            lines.Add($"input=$(mktemp \"${{TMPDIR:-/tmp}}/hooksuite-{hook}.XXXXXX\") || exit 1");
            lines.Add("trap 'rm -f \"$input\"' EXIT");
            lines.Add("cat > \"$input\"");
            lines.Add($"if [ -x \"$0{ChainedSuffix}\" ]; then \"$0{ChainedSuffix}\" \"$@\" < \"$input\" || exit $?; fi");
            lines.Add($"{command} \"$@\" < \"$input\"");
        }
        else
        {
            lines.Add($"if [ -x \"$0{ChainedSuffix}\" ]; then \"$0{ChainedSuffix}\" \"$@\" || exit $?; fi");
            lines.Add($"exec {command} \"$@\"");
        }
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>The executable a shim starts (the first word of its last line), or null when the file is not our shim.</summary>
    public static string? ExecutableOf(string shim)
    {
        if (!shim.Contains(Marker, StringComparison.Ordinal))
        {
            return null;
        }
        var last = shim.TrimEnd('\n').Split('\n')[^1];
        if (last.StartsWith("exec ", StringComparison.Ordinal))
        {
            last = last[5..];
        }
        return last.StartsWith('\'') ? last[1..last.IndexOf('\'', 1)] : last.Split(' ')[0];
    }
}
