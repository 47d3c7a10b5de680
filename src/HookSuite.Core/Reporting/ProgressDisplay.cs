using Spectre.Console;

namespace HookSuite.Core.Reporting;

/// <summary>Shows what a long step is doing (fetch, materializing, each validator) on a terminal only; never in a pipe or JSON.</summary>
public static class ProgressDisplay
{
    public static async Task<T> RunAsync<T>(bool show, Func<IProgress<string>?, Task<T>> work)
    {
        if (!show || Console.IsErrorRedirected)
        {
            return await work(null);
        }
        var console = Terminal.Create(Console.Error, isTerminal: true);
        return await console.Status().StartAsync("working…", async context =>
            await work(new Progress<string>(message => context.Status(Terminal.Safe(message) + "…"))));
    }
}
