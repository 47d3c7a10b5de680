using System.CommandLine;
using HookSuite.Core.UseCases;

namespace HookSuite.Cli.Commands;

/// <summary><c>hooksuite status</c>: how the local code differs from what the GPU box will run.</summary>
public static class StatusCommand
{
    public static Command Create()
    {
        var deployRef = CommonOptions.DeployRef();
        var noFetch = CommonOptions.NoFetch();
        var json = CommonOptions.Json();
        var command = new Command("status", "Compare HEAD, the index, the working tree and untracked files with the freshly fetched deploy ref")
        {
            deployRef, noFetch, json,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var request = new StatusRequest(
                parse.GetValue(CommonOptions.Directory)!, parse.GetValue(deployRef), !parse.GetValue(noFetch), parse.GetValue(json));
            return CommandAction.Run(
                ct => StatusUseCase.RunAsync(request, Console.Out, ct), request.Json, cancellationToken);
        });
        return command;
    }
}
