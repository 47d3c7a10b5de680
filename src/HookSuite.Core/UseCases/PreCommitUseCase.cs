using HookSuite.Core.Config;
using HookSuite.Core.Git;
using HookSuite.Core.Hooks;
using HookSuite.Core.Processes;
using HookSuite.Core.Reporting;
using HookSuite.Core.Snapshots;
using HookSuite.Core.Validation;
using LibGit2Sharp;
using Spectre.Console;

namespace HookSuite.Core.UseCases;

/// <summary>
/// The pre-commit hook: validates exactly what the commit records (the staged index), never the working tree.
/// A call to something that exists only in unstaged or untracked files blocks, naming the file to `git add`.
/// </summary>
public static class PreCommitUseCase
{
    public static async Task<int> RunAsync(string directory, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (HookGate.Skipped("pre-commit", stderr))
        {
            return ExitCodes.Ok;
        }
        var location = RepositoryLocator.Locate(directory);
        using var repo = RepositoryLocator.Open(location);
        var snapshot = SnapshotResolver.FromIndex(repo);
        var config = ConfigReader.Read(new SnapshotFiles(repo, snapshot).ReadText, snapshot.PathPrefix);
        if (!StagesPython(repo, snapshot) && !config.Validators.Any(v => v.When.Contains(ValidatorStage.PreCommit)))
        {
            return ExitCodes.Ok;
        }

        var (report, _, _) = await new SnapshotValidation(location, new ProcessRunner())
            .ValidateAsync(repo, snapshot, ValidatorStage.PreCommit, [], useCache: true, null, cancellationToken);
        if (report.Passed)
        {
            return ExitCodes.Ok;
        }
        var console = Terminal.Create(stderr, !Console.IsErrorRedirected);
        console.MarkupLine("[red]✘ hooksuite: commit blocked — the staged code would fail where it runs[/]");
        ValidationText.Write(console, report);
        console.MarkupLine("[grey]Fix it, `git add` what the commit needs, and commit again (HOOKSUITE=0 git commit skips this check).[/]");
        return ExitCodes.Blocked;
    }

    /// <summary>True when the index differs from HEAD in a .py file (every .py file counts on a first commit).</summary>
    private static bool StagesPython(Repository repo, Snapshot staged)
    {
        var index = repo.Lookup<LibGit2Sharp.Tree>(staged.TreeId);
        if (repo.Info.IsHeadUnborn)
        {
            return new SnapshotFiles(repo, staged).Paths().Any(p => p.EndsWith(".py", StringComparison.Ordinal));
        }
        using var changes = repo.Diff.Compare<TreeChanges>(repo.Head.Tip.Tree, index);
        return changes.Any(c => c.Path.EndsWith(".py", StringComparison.Ordinal) || c.OldPath.EndsWith(".py", StringComparison.Ordinal));
    }
}
