using HookSuite.Core.Git;
using HookSuite.Core.Processes;
using LibGit2Sharp;

namespace HookSuite.Core.Snapshots;

/// <summary>Materializes a snapshot's submodules at their recorded commits, when those objects are present locally.</summary>
public sealed class SubmoduleCheckout(RepositoryLocation location, ProcessRunner runner)
{
    private static readonly TimeSpan GitTimeout = TimeSpan.FromMinutes(10);

    /// <returns>The submodules that could not be materialized, each with the reason.</returns>
    public async Task<IReadOnlyList<string>> MaterializeAsync(string slot, string tree, Snapshot snapshot, CancellationToken cancellationToken)
    {
        var git = new GitCli(location, runner);
        var declared = await git.RunAsync(GitArgs.SubmodulePaths(snapshot.TreeId), GitTimeout, cancellationToken: cancellationToken);
        if (!declared.Succeeded || declared.StandardOutput.Length == 0)
        {
            return [];
        }

        var unvalidated = new List<string>();
        using var repo = RepositoryLocator.Open(location);
        var root = repo.Lookup<Tree>(snapshot.TreeId);
        foreach (var record in declared.StandardOutput.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            // -z output: "submodule.NAME.path\nPATH"
            var newline = record.IndexOf('\n', StringComparison.Ordinal);
            var key = record[..newline];
            var path = record[(newline + 1)..];
            var name = key["submodule.".Length..^".path".Length];
            if (root[path] is not { TargetType: TreeEntryTargetType.GitLink } link)
            {
                continue;
            }
            var commit = link.Target.Sha;
            var moduleDir = Path.Combine(location.CommonDir, "modules", name);
            if (!HasCommit(moduleDir, commit))
            {
                unvalidated.Add($"{path} (commit {commit[..7]} is not present locally — run `git submodule update --init -- {path}`)");
                continue;
            }
            var target = Directory.CreateDirectory(Path.Combine(tree, path)).FullName;
            var index = Path.Combine(Directory.CreateDirectory(Path.Combine(slot, "submodule-index")).FullName, Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(name)));
            File.Delete(index + ".lock");
            var sub = new GitCli(new RepositoryLocation(moduleDir, target, index), runner);
            await sub.ReadAsync(GitArgs.ReadTreeInto(commit), GitTimeout, cancellationToken);
            await sub.ReadAsync(GitArgs.RemoveUntracked(), GitTimeout, cancellationToken);
        }
        return unvalidated;
    }

    private static bool HasCommit(string moduleDir, string sha)
    {
        if (!Directory.Exists(moduleDir) || !Repository.IsValid(moduleDir))
        {
            return false;
        }
        using var module = new Repository(moduleDir);
        return module.Lookup<Commit>(sha) is not null;
    }
}
