using HookSuite.Core.Git;
using HookSuite.Core.Install;
using HookSuite.Core.Processes;

namespace HookSuite.Core.UseCases;

/// <summary><c>hooksuite install</c> / <c>uninstall</c>: the hooks of one clone.</summary>
public static class InstallUseCase
{
    public static async Task<int> InstallAsync(string directory, bool husky, TextWriter stdout, CancellationToken cancellationToken)
    {
        var location = RepositoryLocator.Locate(directory);
        if (husky)
        {
            foreach (var action in HuskySetup.Write(location))
            {
                await stdout.WriteLineAsync($"hooksuite: {action}");
            }
            await stdout.WriteLineAsync("hooksuite: next: commit .husky/ and the tool manifest, add HookSuite's package feed to nuget.config " +
                "(see README), then every clone runs `dotnet tool restore && dotnet husky install`.");
            return ExitCodes.Ok;
        }
        var installer = new HookInstaller(location, new ProcessRunner());
        var commands = HookShim.Hooks.ToDictionary(h => h, h => HookInstaller.CommandFor(h, AppContext.BaseDirectory));
        foreach (var action in await installer.InstallAsync(commands, cancellationToken))
        {
            await stdout.WriteLineAsync($"hooksuite: {action}");
        }
        await stdout.WriteLineAsync($"hooksuite: hooks are in {await installer.HooksDirectoryAsync(cancellationToken)}. Next: commit, push and pull as usual; `hooksuite check` before a deployment.");
        return ExitCodes.Ok;
    }

    /// <summary><c>hooksuite install --server</c>: the pre-receive hook of a bare repository on a git server.</summary>
    public static async Task<int> InstallServerAsync(string directory, TextWriter stdout, CancellationToken cancellationToken)
    {
        var location = RepositoryLocator.LocateBare(directory);
        var installer = new HookInstaller(location, new ProcessRunner());
        var self = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) != "dotnet"
            ? Sync.FixCommands.Quote(path)
            : $"dotnet {Sync.FixCommands.Quote(Path.Combine(AppContext.BaseDirectory, "hooksuite.dll"))}";
        var commands = new Dictionary<string, string> { ["pre-receive"] = $"{self} pre-receive" };
        foreach (var action in await installer.InstallAsync(commands, cancellationToken))
        {
            await stdout.WriteLineAsync($"hooksuite: {action}");
        }
        await stdout.WriteLineAsync($"hooksuite: pushes to {location.GitDir} are now validated before they land.");
        return ExitCodes.Ok;
    }

    public static async Task<int> UninstallAsync(string directory, TextWriter stdout, CancellationToken cancellationToken)
    {
        var location = RepositoryLocator.Locate(directory);
        var actions = await new HookInstaller(location, new ProcessRunner()).UninstallAsync(cancellationToken);
        foreach (var action in actions)
        {
            await stdout.WriteLineAsync($"hooksuite: {action}");
        }
        if (actions.Count == 0)
        {
            await stdout.WriteLineAsync("hooksuite: no HookSuite hooks were installed here");
        }
        return ExitCodes.Ok;
    }
}
