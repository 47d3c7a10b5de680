using System.Runtime.InteropServices;
using HookSuite.Core.Errors;

namespace HookSuite.Core.Hooks;

/// <summary>What every hook executable shares: Ctrl-C and SIGTERM cancel the work (exit 130), errors become one line.</summary>
public static class HookHost
{
    public static async Task<int> RunAsync(Func<CancellationToken, Task<int>> hook)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            cancel.Cancel();
        });
        return await TopLevelHandler.RunAsync(hook, json: false, Console.Out, Console.Error, cancel.Token);
    }
}
