using LibGit2Sharp;

namespace HookSuite.Core.Sync;

/// <summary>When the deploy ref was last fetched, as far as the repository records it.</summary>
public static class FetchClock
{
    public static DateTimeOffset? LastFetched(Repository repo, DeployRef deployRef)
    {
        DateTimeOffset? latest = repo.Refs.Log(deployRef.TrackingRef).FirstOrDefault()?.Committer.When;
        // A fetch that brought nothing new writes no reflog entry, but a plain `git fetch` touches FETCH_HEAD.
        var fetchHead = Path.Combine(repo.Info.Path, "FETCH_HEAD");
        if (File.Exists(fetchHead))
        {
            var touched = new DateTimeOffset(File.GetLastWriteTimeUtc(fetchHead));
            latest = latest is null || touched > latest ? touched : latest;
        }
        return latest;
    }
}
