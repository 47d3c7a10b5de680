using HookSuite.Core.Errors;
using HookSuite.Core.Git;
using HookSuite.Core.Processes;
using HookSuite.Core.Sync;

namespace HookSuite.Core.Install;

/// <summary>
/// Installs HookSuite's shims into the hooks directory git really uses (core.hooksPath, a worktree's common dir).
/// An existing hook is kept and chained; a second install changes nothing; uninstall restores the original byte for byte.
/// </summary>
public sealed class HookInstaller(RepositoryLocation location, ProcessRunner runner)
{
    public async Task<string> HooksDirectoryAsync(CancellationToken cancellationToken)
    {
        var path = (await new GitCli(location, runner).ReadAsync(["rev-parse", "--git-path", "hooks"], TimeSpan.FromSeconds(30), cancellationToken)).Trim();
        return Path.GetFullPath(path, location.WorkTree);
    }

    /// <param name="commands">For each hook, the absolute command that runs its executable.</param>
    public async Task<IReadOnlyList<string>> InstallAsync(IReadOnlyDictionary<string, string> commands, CancellationToken cancellationToken)
    {
        var directory = await HooksDirectoryAsync(cancellationToken);
        Directory.CreateDirectory(directory);
        var actions = new List<string>();
        foreach (var hook in commands.Keys)
        {
            var path = Path.Combine(directory, hook);
            var shim = HookShim.Render(hook, commands[hook]);
            if (File.Exists(path))
            {
                var current = await File.ReadAllTextAsync(path, cancellationToken);
                if (current == shim)
                {
                    actions.Add($"{hook}: already installed");
                    continue;
                }
                if (!current.Contains(HookShim.Marker, StringComparison.Ordinal))
                {
                    var chained = path + HookShim.ChainedSuffix;
                    if (File.Exists(chained))
                    {
                        throw new HookSuiteException($"{chained} already exists next to a hook that is not HookSuite's — move one of them away, then install again");
                    }
                    File.Move(path, chained);
                    actions.Add($"{hook}: kept your existing hook as {Path.GetFileName(chained)}; it runs first and its failure counts");
                }
                else
                {
                    actions.Add($"{hook}: updated");
                }
            }
            else
            {
                actions.Add($"{hook}: installed");
            }
            await File.WriteAllTextAsync(path, shim, cancellationToken);
            MakeExecutable(path);
        }
        return actions;
    }

    public async Task<IReadOnlyList<string>> UninstallAsync(CancellationToken cancellationToken)
    {
        var directory = await HooksDirectoryAsync(cancellationToken);
        var actions = new List<string>();
        foreach (var hook in HookShim.Hooks.Append("pre-receive"))
        {
            var path = Path.Combine(directory, hook);
            if (!File.Exists(path) || !(await File.ReadAllTextAsync(path, cancellationToken)).Contains(HookShim.Marker, StringComparison.Ordinal))
            {
                continue;
            }
            File.Delete(path);
            var chained = path + HookShim.ChainedSuffix;
            if (File.Exists(chained))
            {
                File.Move(chained, path);
                actions.Add($"{hook}: restored your original hook");
            }
            else
            {
                actions.Add($"{hook}: removed");
            }
        }
        return actions;
    }

    /// <summary>How a shim starts a hook executable found next to the running hooksuite: the native binary, or `dotnet X.dll`.</summary>
    public static string CommandFor(string hook, string binDirectory)
    {
        var native = Path.Combine(binDirectory, "hooksuite-" + hook);
        if (File.Exists(native))
        {
            return FixCommands.Quote(native);
        }
        var dll = native + ".dll";
        if (File.Exists(dll))
        {
            var dotnet = Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
            return $"{FixCommands.Quote(dotnet)} {FixCommands.Quote(dll)}";
        }
        throw new HookSuiteException($"the {hook} hook executable is missing from {binDirectory} — build it first with ./install.sh --build-only");
    }

    private static void MakeExecutable(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }
    }
}
