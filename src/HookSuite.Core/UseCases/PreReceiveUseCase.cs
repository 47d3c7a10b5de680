using HookSuite.Core.Config;
using HookSuite.Core.Git;
using HookSuite.Core.Hooks;
using HookSuite.Core.Processes;
using HookSuite.Core.Python;
using HookSuite.Core.Reporting;
using HookSuite.Core.Snapshots;
using HookSuite.Core.Validation;
using Spectre.Console;

namespace HookSuite.Core.UseCases;

/// <summary>
/// The server-side hook: every update of the deploy branch is validated from the bare repository before it lands.
/// Pushed objects still sit in git's quarantine, so everything is read through git itself (which the quarantine
/// variables point at) and the snapshot is materialized, never through an object database opened on its own.
/// </summary>
public static class PreReceiveUseCase
{
    private static readonly TimeSpan GitTimeout = TimeSpan.FromMinutes(2);

    public static async Task<int> RunAsync(string directory, string stdin, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (HookGate.Skipped("pre-receive", stderr))
        {
            return ExitCodes.Ok;
        }
        var location = RepositoryLocator.LocateBare(directory);
        var runner = new ProcessRunner();
        var git = new GitCli(location, runner);
        var console = Terminal.Create(stderr, isTerminal: false);
        var rejected = false;

        // Every "<old> <new> <ref>" line: one push can update several refs, each judged on its own.
        var updates = stdin.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' '))
            .Where(parts => parts.Length == 3)
            .Select(parts => (Old: parts[0], New: parts[1], Ref: parts[2]));
        foreach (var update in updates)
        {
            if (update.New.All(c => c == '0'))
            {
                continue;
            }
            var config = await ConfigOfAsync(git, update.New, cancellationToken);
            var deployRef = config.DeployRef ?? Sync.DeployRef.Default;
            var branch = deployRef[(deployRef.IndexOf('/', StringComparison.Ordinal) + 1)..];
            if (update.Ref != "refs/heads/" + branch)
            {
                continue;
            }
            if (!update.Old.All(c => c == '0') && !config.AllowForcePush
                && (await git.RunAsync(GitArgs.IsAncestor(update.Old, update.New), GitTimeout, cancellationToken: cancellationToken)).ExitCode != 0)
            {
                console.MarkupLine(Terminal.Safe($"✘ hooksuite: {update.Ref} rejected — a force push would rewrite {branch} (set [server] allow_force_push = true to allow it)"));
                rejected = true;
                continue;
            }

            var report = await ValidateAsync(location, runner, git, update.New, branch, config, cancellationToken);
            if (report.Passed)
            {
                console.MarkupLine($"✔ hooksuite: {Terminal.Safe(update.Ref)} → {update.New[..7]} passes validation");
                continue;
            }
            console.MarkupLine($"✘ hooksuite: {Terminal.Safe(update.Ref)} rejected — {update.New[..7]} would fail where it runs");
            ValidationText.Write(console, report);
            rejected = true;
        }
        return rejected ? ExitCodes.Blocked : ExitCodes.Ok;
    }

    private static async Task<ValidationReport> ValidateAsync(
        RepositoryLocation location, ProcessRunner runner, GitCli git, string commit, string branch, HookSuiteConfig config, CancellationToken cancellationToken)
    {
        var tree = (await git.ReadAsync(GitArgs.TreeOf(commit), GitTimeout, cancellationToken)).Trim();
        var snapshot = new Snapshot(SnapshotKind.Commit, $"{branch} @ {commit[..7]}", tree, commit, commit);
        using var materialized = await new SnapshotStore(location, runner).MaterializeAsync(snapshot, cancellationToken);
        var files = Directory.EnumerateFiles(materialized.Root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(materialized.Root, f).Replace('\\', '/')).ToList();
        var python = new SourceTree(snapshot.Label, files.Where(f => f.EndsWith(".py", StringComparison.Ordinal)),
            path => File.ReadAllBytes(Path.Combine(materialized.Root, path)));
        var entries = EntryPointResolver.Resolve([], config.Python, () => files);
        var context = new ValidationContext(location, snapshot, config, ValidatorStage.PrePush, entries, _ => Task.FromResult(materialized));
        var validators = new List<ISnapshotValidator> { new PythonValidator(python, null, "server", cacheable: true, runner) };
        validators.AddRange(ValidationRunner.Configured(config, ValidatorStage.PrePush, runner));
        return await new ValidationRunner(new ResultCache(location)).RunAsync(context, validators, useCache: true, null, cancellationToken);
    }

    private static async Task<HookSuiteConfig> ConfigOfAsync(GitCli git, string commit, CancellationToken cancellationToken)
    {
        var files = new Dictionary<string, string>();
        foreach (var name in new[] { ConfigReader.ConfigFile, ConfigReader.PyProjectFile })
        {
            var shown = await git.RunAsync(["cat-file", "-p", $"{commit}:{name}"], GitTimeout, cancellationToken: cancellationToken);
            if (shown.Succeeded)
            {
                files[name] = shown.StandardOutput;
            }
        }
        return ConfigReader.Read(files.GetValueOrDefault, commit[..7] + ":");
    }
}
