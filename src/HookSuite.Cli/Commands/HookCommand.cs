using System.CommandLine;
using HookSuite.Core.UseCases;

namespace HookSuite.Cli.Commands;

/// <summary><c>hooksuite hook NAME</c>: the hooks as verbs, for Husky.Net tasks (which run `dotnet hooksuite hook pre-push …`).</summary>
public static class HookCommand
{
    /// <summary>Husky.Net tasks do not get git's stdin, so the .husky/pre-push script hands the ref lines over in this variable.</summary>
    public const string PushUpdatesVariable = "HOOKSUITE_PUSH_UPDATES";

    public static Command Create()
    {
        var hook = new Command("hook", "Run one of HookSuite's git hooks (for hook managers such as Husky.Net)");
        var preCommit = new Command("pre-commit", "Validate the staged index");
        preCommit.SetAction((parse, ct) => Run(c => PreCommitUseCase.RunAsync(Directory(parse), Console.Out, Console.Error, c), ct));

        var remote = new Argument<string>("REMOTE") { Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "" };
        var url = new Argument<string>("URL") { Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "" };
        var prePush = new Command("pre-push", $"Validate every ref being pushed (lines on stdin, or in ${PushUpdatesVariable})") { remote, url };
        prePush.SetAction(async (parse, ct) =>
        {
            var updates = Environment.GetEnvironmentVariable(PushUpdatesVariable) ?? await Console.In.ReadToEndAsync(ct);
            var name = parse.GetValue(remote)!;
            var address = parse.GetValue(url) is { Length: > 0 } given ? given : name;
            return await Run(c => PrePushUseCase.RunAsync(Directory(parse), name, address, updates, Console.Error, c), ct);
        });

        var postMerge = new Command("post-merge", "Print the verdict after a merge or pull");
        postMerge.SetAction((parse, ct) => Run(c => PostMergeUseCase.RunAsync(Directory(parse), Console.Error, c), ct));

        hook.Subcommands.Add(preCommit);
        hook.Subcommands.Add(prePush);
        hook.Subcommands.Add(postMerge);
        return hook;
    }

    private static string Directory(ParseResult parse) => parse.GetValue(CommonOptions.Directory)!;

    private static Task<int> Run(Func<CancellationToken, Task<int>> body, CancellationToken cancellationToken) =>
        CommandAction.Run(body, false, cancellationToken);
}
