using System.CommandLine;
using HookSuite.Core.UseCases;

namespace HookSuite.Cli.Commands;

/// <summary><c>hooksuite check</c>: the validation that matters — a snapshot of the freshly fetched deploy ref.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var entries = CommonOptions.Entries();
        var deployRef = CommonOptions.DeployRef();
        var noFetch = CommonOptions.NoFetch();
        var offline = new Option<bool>("--offline") { Description = "Do not fetch; use the deploy ref as last fetched and say how old it is" };
        var noCache = CommonOptions.NoCache();
        var json = CommonOptions.Json();
        var python = CommonOptions.Python();
        var ci = new Option<bool>("--ci") { Description = "In CI: validate the checked-out commit as the deploy snapshot, without fetching or comparing" };
        var format = new Option<string?>("--format") { Description = "With --ci: text, github (the default when GITHUB_ACTIONS=true), sarif or junit", HelpName = "FORMAT" };
        var command = new Command("check", "Fetch the deploy ref, compare it with your code, and validate a snapshot of it (never the working tree)")
        {
            entries, deployRef, noFetch, offline, noCache, json, python, ci, format,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            if (parse.GetValue(ci))
            {
                return CommandAction.Run(
                    ct => CiCheckUseCase.RunAsync(parse.GetValue(CommonOptions.Directory)!, parse.GetValue(entries) ?? [], parse.GetValue(format),
                        !parse.GetValue(noCache), parse.GetValue(python), Console.Out, ct), false, cancellationToken);
            }
            var request = new CheckRequest(
                parse.GetValue(CommonOptions.Directory)!, parse.GetValue(entries) ?? [], parse.GetValue(deployRef),
                !parse.GetValue(noFetch), parse.GetValue(offline), !parse.GetValue(noCache), parse.GetValue(json))
            { Python = parse.GetValue(python) };
            return CommandAction.Run(
                ct => CheckUseCase.RunAsync(request, Console.Out, ct), request.Json, cancellationToken);
        });
        return command;
    }

    /// <summary><c>hooksuite verify</c>: the same as <c>check --ci</c>, under the name CI pipelines expect.</summary>
    public static Command Verify()
    {
        var entries = CommonOptions.Entries();
        var noCache = CommonOptions.NoCache();
        var python = CommonOptions.Python();
        var format = new Option<string?>("--format") { Description = "text, github (the default when GITHUB_ACTIONS=true), sarif or junit", HelpName = "FORMAT" };
        var command = new Command("verify", "In CI: validate the checked-out commit as the deploy snapshot (same as check --ci)") { entries, noCache, python, format };
        command.SetAction((parse, cancellationToken) => CommandAction.Run(
            ct => CiCheckUseCase.RunAsync(parse.GetValue(CommonOptions.Directory)!, parse.GetValue(entries) ?? [], parse.GetValue(format),
                !parse.GetValue(noCache), parse.GetValue(python), Console.Out, ct), false, cancellationToken));
        return command;
    }
}
