using System.CommandLine;
using HookSuite.Core.UseCases;

namespace HookSuite.Cli.Commands;

/// <summary><c>hooksuite install</c> and <c>hooksuite uninstall</c>: the pre-commit, pre-push and post-merge hooks of one clone.</summary>
public static class InstallCommand
{
    public static Command Install()
    {
        var husky = new Option<bool>("--husky") { Description = "Write a team set-up into the repository instead: a tool manifest with Husky.Net and HookSuite, and .husky/ hooks" };
        var server = new Option<bool>("--server") { Description = "Install the pre-receive hook into a bare repository on a git server (-C BARE_REPO)" };
        var command = new Command("install", "Install the pre-commit, pre-push and post-merge hooks into this clone (existing hooks are kept and run first)") { husky, server };
        command.SetAction((parse, cancellationToken) => CommandAction.Run(
            ct => parse.GetValue(server)
                ? InstallUseCase.InstallServerAsync(parse.GetValue(CommonOptions.Directory)!, Console.Out, ct)
                : InstallUseCase.InstallAsync(parse.GetValue(CommonOptions.Directory)!, parse.GetValue(husky), Console.Out, ct),
            false, cancellationToken));
        return command;
    }

    public static Command Uninstall()
    {
        var command = new Command("uninstall", "Remove HookSuite's hooks from this clone and restore the hooks that were there before");
        command.SetAction((parse, cancellationToken) => CommandAction.Run(
            ct => InstallUseCase.UninstallAsync(parse.GetValue(CommonOptions.Directory)!, Console.Out, ct), false, cancellationToken));
        return command;
    }

    public static Command Doctor()
    {
        var command = new Command("doctor", "Check the hooks and their executables, the config, the deploy ref and the interpreter");
        command.SetAction((parse, cancellationToken) => CommandAction.Run(
            ct => DoctorUseCase.RunAsync(parse.GetValue(CommonOptions.Directory)!, Console.Out, ct), false, cancellationToken));
        return command;
    }

    public static Command PreReceive()
    {
        var command = new Command("pre-receive", "The server-side hook: validate every update of the deploy branch (ref lines on stdin)");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var updates = await Console.In.ReadToEndAsync(cancellationToken);
            return await CommandAction.Run(
                ct => PreReceiveUseCase.RunAsync(parse.GetValue(CommonOptions.Directory)!, updates, Console.Error, ct), false, cancellationToken);
        });
        return command;
    }
}
