using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace HookSuite.Core.Run;

/// <summary>
/// Starts the gated command with the terminal's stdin, stdout and stderr (streaming, no capture), forwards SIGINT and
/// SIGTERM to it and returns its exit code unchanged (128+n when a signal killed it; 127 when it does not exist).
/// This is the one child not started through CliWrap: CliWrap always pipes the streams, and a training script
/// must own the terminal.
/// </summary>
public static partial class ChildProcess
{
    public const int CommandNotFound = 127;

    public static async Task<int> RunAsync(
        IReadOnlyList<string> command, string workingDirectory, IReadOnlyDictionary<string, string?> environment, TextWriter stderr)
    {
        var info = new ProcessStartInfo(command[0]) { UseShellExecute = false, WorkingDirectory = workingDirectory };
        foreach (var argument in command.Skip(1))
        {
            info.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }

        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (Win32Exception)
        {
            await stderr.WriteLineAsync($"hooksuite: {command[0]}: command not found");
            return CommandNotFound;
        }

        using (process)
        using (Forward(PosixSignal.SIGINT, process))
        using (Forward(PosixSignal.SIGTERM, process))
        {
            await process.WaitForExitAsync();
            return process.ExitCode;
        }
    }

    /// <summary>The gate does not die of the signal: the child gets it and the gate returns the child's code.</summary>
    private static PosixSignalRegistration Forward(PosixSignal signal, Process child) =>
        PosixSignalRegistration.Create(signal, context =>
        {
            context.Cancel = true;
            if (!OperatingSystem.IsWindows() && !child.HasExited)
            {
                _ = Kill(child.Id, signal == PosixSignal.SIGINT ? 2 : 15);
            }
        });

    [LibraryImport("libc", EntryPoint = "kill")]
    private static partial int Kill(int pid, int signal);
}
