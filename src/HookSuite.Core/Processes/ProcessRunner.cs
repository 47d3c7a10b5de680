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

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(request.Timeout);
        var clock = Stopwatch.StartNew();
        try
        {
            var result = await command.ExecuteAsync(timeout.Token);
            return new ProcessResult(request.Program, request.Arguments, result.ExitCode,
                stdout.ToString(), stderr.ToString(), TimedOut: false, clock.Elapsed);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Our own timeout fired: CliWrap has already killed the whole process tree.
            return new ProcessResult(request.Program, request.Arguments, -1,
                stdout.ToString(), stderr.ToString(), TimedOut: true, clock.Elapsed);
        }
        catch (Exception ex) when (ex is Win32Exception || ex.InnerException is Win32Exception)
        {
            throw new HookSuiteException(
                $"cannot start '{request.Program}': {ex.Message} — install it or put it on PATH", ExitCodes.CannotCheck, ex);
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
