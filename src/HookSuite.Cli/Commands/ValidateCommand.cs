using System.CommandLine;
using HookSuite.Core.UseCases;

namespace HookSuite.Cli.Commands;

/// <summary><c>hooksuite validate</c>: validation alone, on any commit or on the staged index.</summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var entries = CommonOptions.Entries();
        var revision = new Option<string?>("--rev") { Description = "Validate this commit (default: the deploy ref as last fetched)", HelpName = "REV" };
        var staged = new Option<bool>("--staged") { Description = "Validate the index: exactly what `git commit` would record" };
        var noCache = CommonOptions.NoCache();
        var json = CommonOptions.Json();
        var python = CommonOptions.Python();
        var command = new Command("validate", "Validate a snapshot of a commit or of the staged index")
        {
            entries, revision, staged, noCache, json, python,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var request = new ValidateRequest(
                parse.GetValue(CommonOptions.Directory)!, parse.GetValue(revision), parse.GetValue(staged),
                parse.GetValue(entries) ?? [], !parse.GetValue(noCache), parse.GetValue(json))
            { Python = parse.GetValue(python) };
            return CommandAction.Run(
                ct => ValidateUseCase.RunAsync(request, Console.Out, ct), request.Json, cancellationToken);
        });
        return command;
    }
}
