using HookSuite.Core.Reporting;

namespace HookSuite.Core.Errors;

/// <summary>The one place exceptions become exit codes and one-line messages (stack traces only with HOOKSUITE_TRACE=1).</summary>
public static class TopLevelHandler
{
    public static async Task<int> RunAsync(
        Func<CancellationToken, Task<int>> body, bool json, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        try
        {
            return await body(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await stderr.WriteLineAsync("hooksuite: interrupted");
            return ExitCodes.Interrupted;
        }
        catch (Exception ex)
        {
            var (code, message) = ex is HookSuiteException known
                ? (known.ExitCode, known.Message)
                : (ExitCodes.InternalError, $"internal error: {ex.GetType().Name}: {ex.Message} — please report it (HOOKSUITE_TRACE=1 shows where)");
            message = TerminalText.Escape(message);
            if (json)
            {
                await stdout.WriteLineAsync(JsonOutput.Serialize(new ErrorDocument("error", message)));
            }
            await stderr.WriteLineAsync($"hooksuite: {message}");
            if (Environment.GetEnvironmentVariable("HOOKSUITE_TRACE") == "1")
            {
                await stderr.WriteLineAsync(ex.ToString());
            }
            return code;
        }
    }
}
