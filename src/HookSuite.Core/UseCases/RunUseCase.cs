using System.Diagnostics;
using HookSuite.Core.Config;
using HookSuite.Core.Errors;
using HookSuite.Core.Git;
using HookSuite.Core.Processes;
using HookSuite.Core.Python;
using HookSuite.Core.Reporting;
using HookSuite.Core.Run;
using HookSuite.Core.Snapshots;
using HookSuite.Core.Sync;
using HookSuite.Core.Validation;
using LibGit2Sharp;
using Spectre.Console;

namespace HookSuite.Core.UseCases;

/// <summary>What <c>hooksuite run</c> was asked.</summary>
public sealed record RunRequest(
    string Directory, string? DeployRef, bool Offline, bool AllowDirty, bool NoValidate, bool JsonRecord, IReadOnlyList<string> Command)
{
    /// <summary><c>--python PATH</c>, overriding <c>[python] interpreter</c>.</summary>
    public string? Python { get; init; }
}

/// <summary>
/// The gate on the GPU box: start CMD only when the checkout is exactly the freshly fetched deploy ref and that
/// snapshot validates; otherwise refuse with the reason and the fix before a GPU-hour is spent.
/// </summary>
public static class RunUseCase
{
    public static async Task<int> RunAsync(RunRequest request, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (request.Command.Count == 0)
        {
            throw new HookSuiteException("nothing to run — usage: hooksuite run [OPTIONS] -- CMD [ARGS…]");
        }
        var clock = Stopwatch.StartNew();
        var console = Terminal.Create(stderr, !Console.IsErrorRedirected);
        var location = RepositoryLocator.Locate(request.Directory);
        var runner = new ProcessRunner();
        using var repo = RepositoryLocator.Open(location);
        var config = ConfigReader.FromHead(repo, lenient: true);

        var comparison = await new DeployRefComparison(runner).CompareAsync(
            location, new ComparisonOptions(request.DeployRef ?? config.DeployRef, !request.Offline, config.FetchTimeout), cancellationToken);
        var deploy = comparison.DeployRef.Name;
        var age = TimeAgo.Describe(comparison.LastFetched, DateTimeOffset.Now);
        if (comparison.Fetch.Attempted && !comparison.Fetch.Succeeded)
        {
            throw new HookSuiteException(
                $"cannot confirm that this checkout is {deploy}: {comparison.Fetch.Error} — check the network, or pass --offline to run against the copy fetched {age}");
        }
        if (request.Offline)
        {
            console.MarkupLine($"[yellow]! hooksuite: --offline: trusting {deploy} as fetched {age}[/]");
        }

        // What the box would run, and which of the command's imports exist only here.
        var snapshot = SnapshotResolver.FromRevision(repo, comparison.DeploySha, deploy);
        var (entries, modules) = Entries(request.Command, location, new SnapshotFiles(repo, snapshot));
        var parseCache = ParseCache.Open(location.StateDir);
        var python = GitSourceTrees.FromTree(repo, snapshot.TreeId, snapshot.Label, parseCache);
        var analysis = new PythonAnalysis(python, config.Python);
        analysis.Run(entries, modules);
        var local = await GitSourceTrees.FromWorkTreeAsync(location, runner, cancellationToken, includeIgnored: true);
        var importable = entries.Count > 0 ? ImportableLocalFiles.Find(analysis, python, local.Tree, local.Tracked) : [];

        var problems = Sameness(comparison, importable, local.Tracked);
        var notes = comparison.Drift.Where(d => d.Kind == DriftKind.Untracked && !importable.Contains(d.Path)).Select(d => d.Path).ToList();
        var bypassed = new List<string>();
        if (problems.Count > 0)
        {
            if (!request.AllowDirty)
            {
                Refuse(console, $"refusing to run: this checkout is not {deploy} @ {comparison.DeploySha[..7]}", problems, notes);
                return ExitCodes.Blocked;
            }
            console.MarkupLine($"[red bold]!!! hooksuite: --allow-dirty: running code that is NOT {Terminal.Safe(deploy)} — {problems.Count} difference(s) bypassed[/]");
            bypassed.Add("dirty");
        }

        var verdict = "skipped";
        if (request.NoValidate)
        {
            console.MarkupLine($"[red bold]!!! hooksuite: --no-validate: {Terminal.Safe(deploy)} was not validated[/]");
            bypassed.Add("validation");
        }
        else
        {
            var (report, _, _) = await new SnapshotValidation(location, runner)
            {
                // The interpreter the command starts is the box's Python: it answers what is installed unless told otherwise.
                InterpreterOverride = request.Python,
                InterpreterFallback = CommandEntry.Interpreter(request.Command),
                ParseCache = parseCache,
            }.ValidateAsync(
                repo, snapshot, ValidatorStage.Run, entries, useCache: true, null, cancellationToken,
                pythonChangedLocally: comparison.Drift.Any(d => d.IsLocal && d.Path.EndsWith(".py", StringComparison.Ordinal)), moduleEntries: modules);
            verdict = report.Passed ? "passed" : "failed";
            if (!report.Passed)
            {
                console.MarkupLine($"[red]✘ hooksuite: refusing to run: {Terminal.Safe(report.SnapshotLabel)} fails validation — fix it on your laptop and push[/]");
                ValidationText.Write(console, report);
                return ExitCodes.Blocked;
            }
        }

        var runId = Guid.NewGuid().ToString("N");
        var environment = new Dictionary<string, string?>
        {
            ["HOOKSUITE_COMMIT"] = comparison.HeadSha,
            ["HOOKSUITE_DEPLOY_REF"] = deploy,
            ["HOOKSUITE_RUN_ID"] = runId,
        };
        console.MarkupLine($"[green]✔ hooksuite: {Terminal.Safe(deploy)} @ {comparison.DeploySha[..7]}, validation {verdict} — starting {Terminal.Safe(string.Join(' ', request.Command))}[/]");
        var exitCode = await ChildProcess.RunAsync(request.Command, Path.GetFullPath(request.Directory), environment, stderr);

        var record = new RunRecord(runId, DateTimeOffset.Now, Environment.MachineName, Environment.UserName, request.Command, deploy,
            comparison.HeadSha, repo.Lookup<Commit>(comparison.HeadSha).Tree.Sha,
            problems.Select(p => p.Path).ToList(), bypassed, verdict, exitCode, clock.ElapsedMilliseconds);
        new RunLog(location).Append(record);
        if (request.JsonRecord)
        {
            await stdout.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(record, JsonOutput.Compact.RunRecord));
        }
        return exitCode;
    }

    /// <summary>The entry files the command runs, relative to the repository root, and which of them run with -m.</summary>
    private static (IReadOnlyList<string> Entries, IReadOnlySet<string> Modules) Entries(
        IReadOnlyList<string> command, RepositoryLocation location, SnapshotFiles files)
    {
        var entry = CommandEntry.Infer(command);
        if (entry?.Script is { } script)
        {
            var relative = Path.GetRelativePath(location.WorkTree, Path.GetFullPath(script)).Replace('\\', '/');
            return ([relative], new HashSet<string>());
        }
        if (entry?.Module is { } module)
        {
            var path = module.Replace('.', '/');
            var file = new[] { path + ".py", path + "/__main__.py" }.FirstOrDefault(p => files.ReadText(p) is not null) ?? path + ".py";
            return ([file], new HashSet<string> { file });
        }
        return ([], new HashSet<string>());
    }

    private static List<DriftItem> Sameness(ComparisonReport comparison, IReadOnlyList<string> importable, ISet<string> tracked)
    {
        var fixes = new FixCommands(comparison.DeployRef);
        var problems = new List<DriftItem>();
        switch (comparison.Commits.State)
        {
            case SyncState.Behind:
                problems.Add(new DriftItem(DriftKind.NotPulled, "", $"{comparison.Commits.Behind} commit(s) on {comparison.DeployRef.Name} not pulled", fixes.Pull));
                break;
            case SyncState.Ahead or SyncState.Diverged:
                problems.Add(new DriftItem(DriftKind.Unpushed, "", $"HEAD has {comparison.Commits.Ahead} commit(s) that {comparison.DeployRef.Name} lacks",
                    $"push it from your laptop first, then here: git reset --hard {comparison.DeployRef.Name} (discards these commits)"));
                break;
            case SyncState.Unknown:
                problems.Add(new DriftItem(DriftKind.Shallow, "", "HEAD is not the deploy commit (shallow clone)", fixes.Unshallow));
                break;
        }
        foreach (var item in comparison.Drift.Where(d => d.IsLocal && d.Kind != DriftKind.Untracked))
        {
            problems.Add(item with { Fix = $"git restore --staged --worktree -- {FixCommands.Quote(item.Path)}  (or commit it on your laptop and push)" });
        }
        foreach (var file in importable)
        {
            problems.Add(new DriftItem(DriftKind.Untracked, file,
                tracked.Contains(file) ? "imported by the command" : "imported by the command, but untracked or ignored: a fresh box does not have it",
                $"add it on your laptop (git add -- {FixCommands.Quote(file)} && git commit) and push"));
        }
        return problems;
    }

    private static void Refuse(IAnsiConsole console, string verdict, List<DriftItem> problems, List<string> notes)
    {
        console.MarkupLine($"[red]✘ hooksuite: {Terminal.Safe(verdict)}[/]");
        foreach (var problem in problems)
        {
            var path = problem.Path.Length > 0 ? Terminal.Safe(problem.Path) + "  " : "";
            console.MarkupLine($"  {path}[grey]{Terminal.Safe(problem.Detail)}[/]");
            console.MarkupLine($"      fix: {Terminal.Safe(problem.Fix)}");
        }
        if (notes.Count > 0)
        {
            console.MarkupLine($"[grey]  note: {notes.Count} other untracked file(s) ({Terminal.Safe(string.Join(", ", notes.Take(5)))}{(notes.Count > 5 ? ", …" : "")}) are not imported and do not block[/]");
        }
    }
}
