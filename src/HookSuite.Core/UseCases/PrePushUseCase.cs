using HookSuite.Core.Config;
using HookSuite.Core.Git;
using HookSuite.Core.Hooks;
using HookSuite.Core.Processes;
using HookSuite.Core.Reporting;
using HookSuite.Core.Snapshots;
using HookSuite.Core.Sync;
using HookSuite.Core.Validation;
using LibGit2Sharp;
using Spectre.Console;

namespace HookSuite.Core.UseCases;

/// <summary>
/// The pre-push hook: every ref git is about to update is judged by its own snapshot. A push to the deploy branch
/// of the deploy remote is rejected on findings or failing validators; other branches are warned about (or
/// blocked with <c>pre_push.block = "all"</c>). Deletions and tags pass.
/// </summary>
public static class PrePushUseCase
{
    public static async Task<int> RunAsync(
        string directory, string remoteName, string remoteUrl, string stdin, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (HookGate.Skipped("pre-push", stderr))
        {
            return ExitCodes.Ok;
        }
        var location = RepositoryLocator.Locate(directory);
        using var repo = RepositoryLocator.Open(location);
        var deployRef = DeployRef.ParseOrDefault(ConfigReader.FromHead(repo, lenient: true).DeployRef, repo.Network.Remotes.Select(r => r.Name));
        var console = Terminal.Create(stderr, !Console.IsErrorRedirected);
        var validation = new SnapshotValidation(location, new ProcessRunner());
        bool? pythonChanged = null;
        var blocked = false;

        var updates = Hooks.PushUpdate.ParseAll(stdin);
        var deployRemote = IsDeployRemote(repo, deployRef, remoteName, remoteUrl);
        // When this same push moves the deploy branch, measure other branches against where it will be.
        var deployTip = updates.FirstOrDefault(u => deployRemote && !u.IsDeletion && u.RemoteRef == "refs/heads/" + deployRef.Branch)?.LocalSha
            ?? repo.Lookup<Commit>(deployRef.TrackingRef)?.Sha;
        foreach (var update in updates)
        {
            if (update.IsDeletion || update.IsTag)
            {
                continue;
            }
            var branch = update.RemoteRef.StartsWith("refs/heads/", StringComparison.Ordinal) ? update.RemoteRef["refs/heads/".Length..] : update.RemoteRef;
            var toDeploy = deployRemote && branch == deployRef.Branch;
            var snapshot = SnapshotResolver.FromRevision(repo, update.LocalSha, $"{remoteName}/{branch}");
            // One git status for the whole push, however many refs it updates.
            pythonChanged ??= await validation.PythonChangedLocallyAsync(cancellationToken);
            var (report, config, _) = await validation.ValidateAsync(
                repo, snapshot, ValidatorStage.PrePush, [], useCache: true, null, cancellationToken, pythonChangedLocally: pythonChanged);
            var blocks = !report.Passed && (toDeploy || config.PrePushBlock == PrePushBlock.All);

            if (!report.Passed)
            {
                console.MarkupLine(blocks
                    ? $"[red]✘ hooksuite: push of {Terminal.Safe(update.LocalRef)} to {Terminal.Safe(remoteName)}/{Terminal.Safe(branch)} rejected — it would fail where it runs[/]"
                    : $"[yellow]! hooksuite: {Terminal.Safe(update.LocalRef)} pushed to {Terminal.Safe(remoteName)}/{Terminal.Safe(branch)} fails validation (not blocked: only {deployRef.Name} is)[/]");
                ValidationText.Write(console, report);
            }
            else if (toDeploy)
            {
                console.MarkupLine($"[green]✔ hooksuite: {Terminal.Safe(update.LocalRef)} → {deployRef.Name} passes validation[/]");
            }
            if (!toDeploy)
            {
                DescribeDistance(console, repo, deployRef, deployTip, update.LocalSha);
            }
            blocked |= blocks;
        }
        if (blocked)
        {
            console.MarkupLine("[grey]Fix it and push again (HOOKSUITE=0 git push skips this check; the GPU box's `hooksuite run` will still refuse).[/]");
        }
        return blocked ? ExitCodes.Blocked : ExitCodes.Ok;
    }

    /// <summary>git passes the remote's name, or its URL when pushing to a URL directly.</summary>
    private static bool IsDeployRemote(Repository repo, DeployRef deployRef, string remoteName, string remoteUrl) =>
        remoteName == deployRef.Remote || repo.Network.Remotes[deployRef.Remote]?.Url == remoteUrl;

    private static void DescribeDistance(IAnsiConsole console, Repository repo, DeployRef deployRef, string? deployTip, string pushed)
    {
        if (deployTip is null || repo.Lookup<Commit>(deployTip) is not { } deploy || repo.Lookup<Commit>(pushed) is not { } tip)
        {
            return;
        }
        var missing = repo.ObjectDatabase.CalculateHistoryDivergence(tip, deploy).AheadBy ?? 0;
        if (missing > 0)
        {
            console.MarkupLine($"[grey]hooksuite: {deployRef.Branch} lacks {missing} of these commits — the GPU box will not run them until they reach {deployRef.Name}[/]");
        }
    }
}
