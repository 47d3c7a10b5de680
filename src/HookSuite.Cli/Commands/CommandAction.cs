using HookSuite.Core.Errors;

namespace HookSuite.Cli.Commands;

/// <summary>How every verb runs its use case: the console streams and the one top-level error handler.</summary>
public static class CommandAction
{
    public static Task<int> Run(Func<CancellationToken, Task<int>> body, bool json, CancellationToken cancellationToken) =>
        TopLevelHandler.RunAsync(body, json, Console.Out, Console.Error, cancellationToken);
}
