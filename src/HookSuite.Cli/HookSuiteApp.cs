using System.CommandLine;
using HookSuite.Cli.Commands;
using HookSuite.Core;

namespace HookSuite.Cli;

/// <summary>Wires the verbs into one root command and turns parse errors into a one-line usage error (exit 2).</summary>
public static class HookSuiteApp
{
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("HookSuite: validate and run only the code that origin/production has.");
        root.Options.Add(CommonOptions.Directory);
        root.Subcommands.Add(StatusCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(CheckCommand.Verify());
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(SnapshotCommand.Create());
        root.Subcommands.Add(InstallCommand.Install());
        root.Subcommands.Add(InstallCommand.Uninstall());
        root.Subcommands.Add(InstallCommand.Doctor());
        root.Subcommands.Add(InstallCommand.PreReceive());
        root.Subcommands.Add(HookCommand.Create());
        root.Subcommands.Add(RunCommand.Run());
        root.Subcommands.Add(RunCommand.Runs());
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var parse = BuildRoot().Parse(args);
        if (parse.Errors.Count > 0)
        {
            var verb = parse.CommandResult.Command.Name;
            var help = parse.CommandResult.Command is RootCommand ? "hooksuite --help" : $"hooksuite {verb} --help";
            await Console.Error.WriteLineAsync($"hooksuite: {parse.Errors[0].Message.TrimEnd('.')} — see `{help}`");
            return ExitCodes.CannotCheck;
        }
        return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    }
}
