using System.CommandLine;
using HookSuite.Core.UseCases;

namespace HookSuite.Cli.Commands;

/// <summary><c>hooksuite snapshot</c>: write a commit's files out under the git dir and print where.</summary>
public static class SnapshotCommand
{
    public static Command Create()
    {
        var revision = new Option<string>("--rev") { Description = "The commit to materialize", HelpName = "REV", DefaultValueFactory = _ => "HEAD" };
        var staged = new Option<bool>("--staged") { Description = "Materialize the index instead: exactly what `git commit` would record" };
        var command = new Command("snapshot", "Materialize a commit or the index under .git/hooksuite/snapshots and print the directory (valid until the next run)")
        {
            revision, staged,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var request = new SnapshotRequest(parse.GetValue(CommonOptions.Directory)!, parse.GetValue(revision)!, parse.GetValue(staged));
            return CommandAction.Run(
                ct => SnapshotUseCase.RunAsync(request, Console.Out, ct), false, cancellationToken);
        });
        return command;
    }
}
