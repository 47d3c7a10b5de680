using HookSuite.Core.Config;
using HookSuite.Core.Errors;
using HookSuite.Core.Git;
using HookSuite.Core.Install;
using HookSuite.Core.Processes;
using HookSuite.Core.Reporting;
using HookSuite.Core.Sync;
using Spectre.Console;

namespace HookSuite.Core.UseCases;

/// <summary><c>hooksuite doctor</c>: is everything in place — hooks, their executables, the config, the deploy ref, the interpreter.</summary>
public static class DoctorUseCase
{
    public static async Task<int> RunAsync(string directory, TextWriter stdout, CancellationToken cancellationToken)
    {
        var console = Terminal.Create(stdout, Terminal.StdoutIsTerminal);
        var problems = 0;
        void Report(bool ok, string what)
        {
            problems += ok ? 0 : 1;
            console.MarkupLine(ok ? $"[green]✔[/] {Terminal.Safe(what)}" : $"[red]✘[/] {Terminal.Safe(what)}");
        }

        var location = RepositoryLocator.Locate(directory);
        var runner = new ProcessRunner();
        Report(true, $"repository: {location.WorkTree} (git dir {location.GitDir})");

        var hooks = await new HookInstaller(location, runner).HooksDirectoryAsync(cancellationToken);
        Report(true, $"hooks directory: {hooks}");
        foreach (var hook in HookShim.Hooks)
        {
            var path = Path.Combine(hooks, hook);
            var executable = File.Exists(path) ? HookShim.ExecutableOf(await File.ReadAllTextAsync(path, cancellationToken)) : null;
            var chained = File.Exists(path + HookShim.ChainedSuffix) ? $" (runs {hook}{HookShim.ChainedSuffix} first)" : "";
            Report(executable is not null && File.Exists(executable),
                executable is null ? $"{hook}: not installed — run `hooksuite install`"
                : File.Exists(executable) ? $"{hook} → {executable}{chained}"
                : $"{hook}: its executable {executable} is missing — rebuild with ./install.sh");
        }

        HookSuiteConfig config;
        using (var repo = RepositoryLocator.Open(location))
        {
            try
            {
                config = ConfigReader.FromHead(repo);
                Report(true, $"config: {config.Source}");
            }
            catch (HookSuiteException ex)
            {
                Report(false, $"config: {ex.Message}");
                config = HookSuiteConfig.Default;
            }

            try
            {
                var deployRef = DeployRef.Parse(config.DeployRef ?? DeployRef.Default, repo.Network.Remotes.Select(r => r.Name));
                var probe = await new GitCli(location, runner).RunAsync(GitArgs.RemoteHasBranch(deployRef.Remote, deployRef.Branch),
                    config.FetchTimeout ?? DeployRefFetcher.DefaultTimeout,
                    new Dictionary<string, string?> { ["GIT_TERMINAL_PROMPT"] = "0" }, cancellationToken);
                Report(probe.Succeeded, probe.Succeeded ? $"deploy ref {deployRef.Name} is reachable"
                    : probe.ExitCode == 2 ? $"deploy ref: branch '{deployRef.Branch}' does not exist on '{deployRef.Remote}'"
                    : $"deploy ref {deployRef.Name} is not reachable: {(probe.TimedOut ? "timed out" : GitCommandException.FirstLine(probe.StandardError))}");
            }
            catch (HookSuiteException ex)
            {
                Report(false, $"deploy ref: {ex.Message}");
            }
        }

        if (config.Python.Interpreter is { } interpreter)
        {
            try
            {
                var version = await runner.RunAsync(new ProcessRequest(interpreter, ["--version"]) { Timeout = TimeSpan.FromSeconds(20) }, cancellationToken);
                Report(version.Succeeded, version.Succeeded ? $"interpreter: {interpreter} ({(version.StandardOutput + version.StandardError).Trim()})" : $"interpreter {interpreter} failed");
            }
            catch (HookSuiteException ex)
            {
                Report(false, $"interpreter: {ex.Message}");
            }
        }
        else
        {
            console.MarkupLine("[grey]– interpreter: not configured (third-party imports are reported as not verified)[/]");
        }
        console.MarkupLine(problems == 0 ? "[green]All good.[/]" : $"[red]{problems} problem(s).[/]");
        return problems == 0 ? ExitCodes.Ok : ExitCodes.Blocked;
    }
}
