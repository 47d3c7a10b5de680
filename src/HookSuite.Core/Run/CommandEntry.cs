namespace HookSuite.Core.Run;

/// <summary>The Python entry point a command runs: a script file, or a module run with <c>-m</c>.</summary>
public sealed record CommandEntry(string? Script, string? Module)
{
    private static readonly HashSet<string> Launchers = ["torchrun", "deepspeed"];

    /// <summary>
    /// The interpreter a command starts directly (<c>python3 train.py</c>, <c>/opt/venv/bin/python -m pkg</c>), when it
    /// exists; null for launchers and anything else.
    /// </summary>
    public static string? Interpreter(IReadOnlyList<string> command)
    {
        if (command.Count == 0 || !Path.GetFileName(command[0]).StartsWith("python", StringComparison.Ordinal))
        {
            return null;
        }
        var program = command[0];
        if (program.Contains('/', StringComparison.Ordinal) || program.Contains('\\', StringComparison.Ordinal))
        {
            return File.Exists(program) ? program : null;
        }
        string[] names = OperatingSystem.IsWindows() ? [program, program + ".exe"] : [program];
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return directories.Any(directory => names.Any(name => File.Exists(Path.Combine(directory, name)))) ? program : null;
    }

    /// <summary>
    /// Infers the entry from <c>python X.py</c>, <c>python -m pkg.mod</c>, <c>python3.11 …</c>, <c>torchrun … X.py</c>,
    /// <c>accelerate launch … X.py</c>, <c>deepspeed … X.py</c>, <c>uv run … X.py</c>; null for anything else.
    /// </summary>
    public static CommandEntry? Infer(IReadOnlyList<string> command)
    {
        if (command.Count == 0)
        {
            return null;
        }
        var program = Path.GetFileName(command[0]);
        var start = 1;
        if (program == "accelerate" && command.Count > 1 && command[1] == "launch")
        {
            start = 2;
        }
        else if (program == "uv" && command.Count > 1 && command[1] == "run")
        {
            start = 2;
        }
        else if (!(program.StartsWith("python", StringComparison.Ordinal) || Launchers.Contains(program)))
        {
            return null;
        }
        for (var i = start; i < command.Count; i++)
        {
            var argument = command[i];
            if (argument == "-m" && i + 1 < command.Count)
            {
                return new CommandEntry(null, command[i + 1]);
            }
            if (argument.EndsWith(".py", StringComparison.Ordinal) && !argument.StartsWith('-'))
            {
                return new CommandEntry(argument, null);
            }
        }
        return null;
    }
}
