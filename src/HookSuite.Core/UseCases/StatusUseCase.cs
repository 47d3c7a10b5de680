using HookSuite.Core.Config;
using HookSuite.Core.Git;
using HookSuite.Core.Processes;
using HookSuite.Core.Reporting;
using HookSuite.Core.Sync;

namespace HookSuite.Core.UseCases;

/// <summary>What <c>hooksuite status</c> was asked.</summary>
public sealed record StatusRequest(string Directory, string? DeployRef, bool Fetch, bool Json);

/// <summary><c>hooksuite status</c>: compare with the deploy ref, print the report, exit 0 in sync or 1 on drift.</summary>
public static class StatusUseCase
{
    public static async Task<int> RunAsync(StatusRequest request, TextWriter stdout, CancellationToken cancellationToken)
    {
        var location = RepositoryLocator.Locate(request.Directory);
        HookSuiteConfig config;
        using (var repo = RepositoryLocator.Open(location))
        {
            config = ConfigReader.FromHead(repo);
        }
        var report = await new DeployRefComparison(new ProcessRunner()).CompareAsync(
            location, new ComparisonOptions(request.DeployRef ?? config.DeployRef, request.Fetch, config.FetchTimeout), cancellationToken);

        if (request.Json)
        {
            await stdout.WriteLineAsync(JsonOutput.Serialize(StatusDocument.From(report)));
        }
        else
        {
            StatusText.Write(Terminal.Create(stdout, Terminal.StdoutIsTerminal), report, DateTimeOffset.Now);
        }
        return report.InSync ? ExitCodes.Ok : ExitCodes.Blocked;
    }
}
