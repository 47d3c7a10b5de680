using HookSuite.Core.Errors;
using HookSuite.Core.Git;
using HookSuite.Core.Processes;
using LibGit2Sharp;

namespace HookSuite.Core.Sync;

/// <summary>What to compare against and whether to fetch first.</summary>
public sealed record ComparisonOptions(string? DeployRef = null, bool Fetch = true, TimeSpan? FetchTimeout = null);

/// <summary>Compares HEAD, the index, the working tree and untracked files with the (freshly fetched) deploy ref.</summary>
public sealed class DeployRefComparison(ProcessRunner runner)
{
    private static readonly TimeSpan StatusTimeout = TimeSpan.FromMinutes(5);

    public async Task<ComparisonReport> CompareAsync(
        RepositoryLocation location, ComparisonOptions options, CancellationToken cancellationToken = default)
    {
        var git = new GitCli(location, runner);
        using var repo = RepositoryLocator.Open(location);
        var deployRef = DeployRef.Parse(options.DeployRef ?? DeployRef.Default, repo.Network.Remotes.Select(r => r.Name));
        if (repo.Info.IsHeadUnborn)
        {
            throw new HookSuiteException(
                $"this repository has no commits yet, so there is nothing to compare with {deployRef.Name} — " +
                $"run `git pull {FixCommands.Quote(deployRef.Remote)} {FixCommands.Quote(deployRef.Branch)}` or make a first commit");
        }

        // git status is the slow part on a large tree: let it run while we fetch and walk history.
        var status = git.ReadAsync(GitArgs.Status(), StatusTimeout, cancellationToken);

        var fetch = options.Fetch
            ? await new DeployRefFetcher(git).FetchAsync(
                deployRef, SshCommandConfigured(repo), options.FetchTimeout ?? DeployRefFetcher.DefaultTimeout, cancellationToken)
            : FetchOutcome.Skipped;
        var deploy = ResolveDeployCommit(repo, deployRef, fetch);

        var head = repo.Head.Tip;
        var commits = CommitDivergence.Measure(repo, head, deploy);
        var drift = new List<DriftItem>();
        if (commits.State == SyncState.Unknown)
        {
            drift.Add(new DriftItem(DriftKind.Shallow, "", $"shallow clone: the history linking HEAD and {deployRef.Name} is missing",
                new FixCommands(deployRef).Unshallow));
        }
        drift.AddRange(CommittedDrift.Collect(repo, deploy, head, commits.State, deployRef));
        var entries = await StatMismatchFilter.ApplyAsync(git, PorcelainV2Parser.Parse(await status), cancellationToken);
        drift.AddRange(LocalDrift.Collect(entries, deployRef));

        return new ComparisonReport(
            deployRef, deploy.Sha, head.Sha, repo.Info.IsHeadDetached ? null : repo.Head.FriendlyName,
            commits, drift, fetch, FetchClock.LastFetched(repo, deployRef));
    }

    private static Commit ResolveDeployCommit(Repository repo, DeployRef deployRef, FetchOutcome fetch)
    {
        var fixes = new FixCommands(deployRef);
        if (fetch.BranchMissing)
        {
            throw new HookSuiteException(
                $"branch '{deployRef.Branch}' does not exist on remote '{deployRef.Remote}' — create it with " +
                $"`git push {FixCommands.Quote(deployRef.Remote)} HEAD:{FixCommands.Quote(deployRef.Branch)}`, or choose another with --ref REMOTE/BRANCH");
        }
        if (repo.Lookup<Commit>(deployRef.TrackingRef) is { } commit)
        {
            return commit;
        }
        if (fetch.Attempted && !fetch.Succeeded)
        {
            throw new HookSuiteException(
                $"cannot fetch {deployRef.Name} and there is no local copy of it: {fetch.Error} — check the remote URL and your network");
        }
        throw new HookSuiteException(
            $"{deployRef.Name} has not been fetched into this clone — run `git fetch {FixCommands.Quote(deployRef.Remote)} {FixCommands.Quote(deployRef.Branch)}` " +
            "or drop --no-fetch; if the branch does not exist yet, create it with " +
            $"`git push {FixCommands.Quote(deployRef.Remote)} HEAD:{FixCommands.Quote(deployRef.Branch)}`");
    }

    private static bool SshCommandConfigured(Repository repo) =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("GIT_SSH_COMMAND"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("GIT_SSH"))
        || repo.Config.Get<string>("core.sshCommand") is not null;
}
