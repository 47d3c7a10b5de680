using System.CommandLine;

namespace HookSuite.Cli.Commands;

/// <summary>Options several verbs share.</summary>
public static class CommonOptions
{
    public static readonly Option<string> Directory = new("-C")
    {
        Description = "Run as if started in PATH (like git -C)",
        HelpName = "PATH",
        Recursive = true,
        DefaultValueFactory = _ => System.IO.Directory.GetCurrentDirectory(),
    };

    public static Option<string?> DeployRef() => new("--ref")
    {
        Description = "The deploy ref the GPU box runs, as REMOTE/BRANCH (default: origin/production)",
        HelpName = "REMOTE/BRANCH",
    };

    public static Option<bool> NoFetch() => new("--no-fetch")
    {
        Description = "Compare with the remote-tracking ref as it is, without fetching",
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print one JSON document instead of the human report",
    };

    public static Option<bool> NoCache() => new("--no-cache")
    {
        Description = "Run every validator again instead of reusing a cached verdict",
    };

    public static Option<string?> Python() => new("--python")
    {
        Description = "The box's Python, to check installed packages and describe installed base classes (overrides [python] interpreter)",
        HelpName = "PATH",
    };

    public static Argument<string[]> Entries() => new("ENTRY")
    {
        Description = "Scripts the box runs (paths in the repository); default: [python] entry_points from the config",
        Arity = ArgumentArity.ZeroOrMore,
    };
}
