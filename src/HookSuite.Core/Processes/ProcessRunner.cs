using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using CliWrap;
using HookSuite.Core.Errors;

namespace HookSuite.Core.Processes;

/// <summary>The one way HookSuite starts a child process: CliWrap, both streams captured, a timeout that kills the tree.</summary>
public sealed class ProcessRunner
{
    public async Task<ProcessResult> RunAsync(ProcessRequest request, CancellationToken cancellationToken = default)
    {
        var stdout = new TailBuffer(request.MaxOutputChars);
        var stderr = new TailBuffer(request.MaxOutputChars);
        var command = Cli.Wrap(request.Program)
            .WithArguments(request.Arguments)
            .WithWorkingDirectory(request.WorkingDirectory ?? Directory.GetCurrentDirectory())
            .WithEnvironmentVariables(request.Environment)
            .WithStandardOutputPipe(Into(stdout))
            .WithStandardErrorPipe(Into(stderr))
            .WithValidation(CommandResultValidation.None);
        if (request.StandardInput is not null)
        {
            command = command.WithStandardInputPipe(PipeSource.FromString(request.StandardInput, Encoding.UTF8));
        }

        var clock = Stopwatch.StartNew();
        try
        {
            var running = command.ExecuteAsync(CancellationToken.None);
            var processId = running.ProcessId;
            // CliWrap's cancellation kills only the direct child; a validator's own children (pytest
            // workers, a `sleep &`) would outlive it. So we kill the whole tree ourselves.
            await using (cancellationToken.Register(() => KillTree(processId)))
            {
                var finished = await Task.WhenAny(running.Task, Task.Delay(request.Timeout, cancellationToken));
                if (finished != running.Task)
                {
                    KillTree(processId);
                    await running.Task.ContinueWith(_ => { }, TaskScheduler.Default);
                    cancellationToken.ThrowIfCancellationRequested();
                    return new ProcessResult(request.Program, request.Arguments, -1,
                        stdout.ToString(), stderr.ToString(), TimedOut: true, clock.Elapsed);
                }
                var result = await running;
                cancellationToken.ThrowIfCancellationRequested();
                return new ProcessResult(request.Program, request.Arguments, result.ExitCode,
                    stdout.ToString(), stderr.ToString(), TimedOut: false, clock.Elapsed);
            }
        }
        catch (Exception ex) when (ex is Win32Exception || ex.InnerException is Win32Exception)
        {
            throw new HookSuiteException(
                $"cannot start '{request.Program}': {(ex as Win32Exception ?? (Win32Exception)ex.InnerException!).Message} — install it or put it on PATH",
                ExitCodes.CannotCheck, ex);
        }
    }

    private static void KillTree(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            process.Kill(entireProcessTree: true);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or Win32Exception)
        {
            // Already gone.
        }
    }

    // Invalid UTF-8 becomes U+FFFD rather than an exception: a validator may print anything.
    private static PipeTarget Into(TailBuffer buffer) => PipeTarget.Create(async (stream, cancellationToken) =>
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, false));
        var chunk = new char[8192];
        int read;
        while ((read = await reader.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Append(chunk.AsSpan(0, read));
        }
    });
}
