using HookSuite.Core.Errors;
using LibGit2Sharp;

namespace HookSuite.Core.Git;

/// <summary>Finds the repository a command runs in, honouring GIT_DIR, GIT_WORK_TREE and GIT_INDEX_FILE as git does.</summary>
public static class RepositoryLocator
{
    public static RepositoryLocation Locate(string startDirectory)
    {
        var start = Path.GetFullPath(startDirectory);
        if (!Directory.Exists(start))
        {
            throw new HookSuiteException($"no such directory: {start} — pass an existing clone with -C PATH");
        }

        var envGitDir = Environment.GetEnvironmentVariable("GIT_DIR");
        var gitDir = string.IsNullOrEmpty(envGitDir)
            ? Discover(start)
            : Path.GetFullPath(envGitDir, start);
        if (gitDir is null || !Repository.IsValid(gitDir))
        {
            throw new HookSuiteException($"not a git repository: {start} — run inside a clone, or pass one with -C PATH");
        }

        string? workTree;
        using (var repo = new Repository(gitDir))
        {
            var envWorkTree = Environment.GetEnvironmentVariable("GIT_WORK_TREE");
            workTree = !string.IsNullOrEmpty(envWorkTree) ? Path.GetFullPath(envWorkTree, start)
                : !string.IsNullOrEmpty(envGitDir) && repo.Info.WorkingDirectory is null && !IsBareByConfig(repo) ? start
                : repo.Info.WorkingDirectory;
        }
        if (workTree is null)
        {
            throw new HookSuiteException(
                $"{gitDir.TrimEnd('/', '\\')} is a bare repository: it has no working tree to compare — run hooksuite in a clone");
        }

        var envIndex = Environment.GetEnvironmentVariable("GIT_INDEX_FILE");
        var index = string.IsNullOrEmpty(envIndex) ? null : Path.GetFullPath(envIndex, start);
        return new RepositoryLocation(
            Path.TrimEndingDirectorySeparator(Path.GetFullPath(gitDir)),
            Path.TrimEndingDirectorySeparator(Path.GetFullPath(workTree)),
            index);
    }

    // Repository.Discover returns an empty path under Native AOT (LibGit2Sharp 0.32), so we walk up
    // ourselves the way git does: a `.git` directory or gitfile, or a directory that is itself a git dir.
    private static string? Discover(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var dotGit = Path.Combine(dir.FullName, ".git");
            if (Directory.Exists(dotGit) && Repository.IsValid(dotGit))
            {
                return dotGit;
            }
            if (File.Exists(dotGit) && ReadGitFile(dotGit) is { } linked && Repository.IsValid(linked))
            {
                return linked;
            }
            if (File.Exists(Path.Combine(dir.FullName, "HEAD")) && Directory.Exists(Path.Combine(dir.FullName, "objects"))
                && Repository.IsValid(dir.FullName))
            {
                return dir.FullName;
            }
        }
        return null;
    }

    /// <summary>The git dir a gitfile (<c>gitdir: PATH</c>, as in worktrees and submodules) points to.</summary>
    private static string? ReadGitFile(string gitFile)
    {
        const string prefix = "gitdir:";
        var line = File.ReadLines(gitFile).FirstOrDefault() ?? "";
        return line.StartsWith(prefix, StringComparison.Ordinal)
            ? Path.GetFullPath(line[prefix.Length..].Trim(), Path.GetDirectoryName(gitFile)!)
            : null;
    }

    /// <summary>A bare repository on a git server (inside its hooks git sets GIT_DIR=.): its git dir stands in for the work tree.</summary>
    public static RepositoryLocation LocateBare(string startDirectory)
    {
        var start = Path.GetFullPath(startDirectory);
        var envGitDir = Environment.GetEnvironmentVariable("GIT_DIR");
        var gitDir = Path.TrimEndingDirectorySeparator(string.IsNullOrEmpty(envGitDir) ? start : Path.GetFullPath(envGitDir, start));
        if (!Repository.IsValid(gitDir))
        {
            throw new HookSuiteException($"not a git repository: {gitDir} — pass the bare repository with -C PATH");
        }
        return new RepositoryLocation(gitDir, gitDir, null);
    }

    private static bool IsBareByConfig(Repository repo) => repo.Config.Get<bool>("core.bare")?.Value ?? false;

    /// <summary>Opens the located repository for reads, with the same working tree and index git would use.</summary>
    public static Repository Open(RepositoryLocation location) =>
        new(location.GitDir, new RepositoryOptions
        {
            WorkingDirectoryPath = location.WorkTree,
            IndexPath = location.IndexFile,
        });
}
