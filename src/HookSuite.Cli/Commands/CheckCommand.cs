using System.CommandLine;
using HookSuite.Core.Errors;
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
        var command = new Command("check", "Fetch the deploy ref, compare it with your code, and validate a snapshot of it (never the working tree)")
        {
            entries, deployRef, noFetch, offline, noCache, json,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var request = new CheckRequest(
                parse.GetValue(CommonOptions.Directory)!, parse.GetValue(entries) ?? [], parse.GetValue(deployRef),
                !parse.GetValue(noFetch), parse.GetValue(offline), !parse.GetValue(noCache), parse.GetValue(json));
            return TopLevelHandler.RunAsync(
                ct => CheckUseCase.RunAsync(request, Console.Out, ct), request.Json, Console.Out, Console.Error, cancellationToken);
        });
        return command;
    }
}
