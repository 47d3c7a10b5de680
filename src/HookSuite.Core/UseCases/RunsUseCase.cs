using HookSuite.Core.Git;
using HookSuite.Core.Reporting;
using HookSuite.Core.Run;

namespace HookSuite.Core.UseCases;

/// <summary><c>hooksuite runs</c>: the record of gated runs, newest last.</summary>
public static class RunsUseCase
{
    public static async Task<int> RunAsync(string directory, int count, bool json, TextWriter stdout)
    {
        var records = new RunLog(RepositoryLocator.Locate(directory)).Read().TakeLast(Math.Max(1, count)).ToList();
        if (json)
        {
            await stdout.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(records, JsonOutput.Compact.ListRunRecord));
            return ExitCodes.Ok;
        }
        if (records.Count == 0)
        {
            await stdout.WriteLineAsync("no gated runs recorded yet (hooksuite run -- CMD records each one)");
        }
        foreach (var r in records)
        {
            var bypassed = r.Bypassed.Count > 0 ? $"  bypassed: {string.Join(", ", r.Bypassed)}" : "";
            await stdout.WriteLineAsync(TerminalText.Escape(
                $"{r.Time:yyyy-MM-dd HH:mm:ss}  {r.RunId[..8]}  {r.DeployRef} @ {r.Commit[..7]}  exit {r.ExitCode}  validation {r.Validation}  {r.DurationMs} ms  {string.Join(' ', r.Command)}{bypassed}"));
        }
        return ExitCodes.Ok;
    }
}
