using System.CommandLine;
using HookSuite.Core.UseCases;

namespace HookSuite.Cli.Commands;

/// <summary><c>hooksuite run -- CMD</c> (the gate on the GPU box) and <c>hooksuite runs</c> (its record).</summary>
public static class RunCommand
{
    public static Command Run()
    {
        var deployRef = CommonOptions.DeployRef();
        var offline = new Option<bool>("--offline") { Description = "Do not fetch: trust the deploy ref as last fetched (its age is printed)" };
        var allowDirty = new Option<bool>("--allow-dirty") { Description = "Run even when the checkout differs from the deploy ref (loudly; recorded)" };
        var noValidate = new Option<bool>("--no-validate") { Description = "Run without validating the deploy ref (loudly; recorded)" };
        var python = CommonOptions.Python();
        var jsonRecord = new Option<bool>("--json-record") { Description = "Print the run's record as one JSON line when it ends" };
        var command = new Argument<string[]>("CMD") { Description = "The command to start, after --", Arity = ArgumentArity.ZeroOrMore };
        var run = new Command("run", "Start CMD only when this checkout is exactly the freshly fetched deploy ref and it validates")
        {
            deployRef, offline, allowDirty, noValidate, python, jsonRecord, command,
        };
        run.SetAction((parse, cancellationToken) =>
        {
            var request = new RunRequest(parse.GetValue(CommonOptions.Directory)!, parse.GetValue(deployRef), parse.GetValue(offline),
                parse.GetValue(allowDirty), parse.GetValue(noValidate), parse.GetValue(jsonRecord), parse.GetValue(command) ?? [])
            { Python = parse.GetValue(python) };
            return CommandAction.Run(ct => RunUseCase.RunAsync(request, Console.Out, Console.Error, ct), false, cancellationToken);
        });
        return run;
    }

    public static Command Runs()
    {
        var json = CommonOptions.Json();
        var count = new Option<int>("-n") { Description = "How many of the newest records", DefaultValueFactory = _ => 20, HelpName = "N" };
        var runs = new Command("runs", "List the recorded gated runs") { json, count };
        runs.SetAction((parse, cancellationToken) => CommandAction.Run(
            _ => RunsUseCase.RunAsync(parse.GetValue(CommonOptions.Directory)!, parse.GetValue(count), parse.GetValue(json), Console.Out),
            parse.GetValue(json), cancellationToken));
        return runs;
    }
}
