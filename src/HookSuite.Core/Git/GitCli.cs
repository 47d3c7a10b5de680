using HookSuite.Core.Errors;
using HookSuite.Core.Processes;

namespace HookSuite.Core.Git;

/// <summary>Runs git against one repository, always naming it explicitly (never through inherited GIT_DIR).</summary>
public sealed class GitCli(RepositoryLocation location, ProcessRunner runner)
{
    public RepositoryLocation Location { get; } = location;

    /// <summary>Runs git and returns the result whatever its exit code.</summary>
    public Task<ProcessResult> RunAsync(
        IReadOnlyList<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string?>? extraEnvironment = null,
        CancellationToken cancellationToken = default, string? standardInput = null)
    {
        var env = ChildEnvironment.Create();
        if (Location.IndexFile is not null)
        {
            env["GIT_INDEX_FILE"] = Location.IndexFile;
        }
        foreach (var (name, value) in extraEnvironment ?? new Dictionary<string, string?>())
        {
            env[name] = value;
        }

        string[] argv = ["--git-dir=" + Location.GitDir, "--work-tree=" + Location.WorkTree, .. arguments];
        return runner.RunAsync(new ProcessRequest("git", argv)
        {
            WorkingDirectory = Location.WorkTree,
            Timeout = timeout,
            Environment = env,
            StandardInput = standardInput,
        }, cancellationToken);
    }

    /// <summary>Runs git and throws <see cref="GitCommandException"/> unless it succeeds.</summary>
    public async Task<string> ReadAsync(
        IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken = default, string? standardInput = null)
    {
        var result = await RunAsync(arguments, timeout, cancellationToken: cancellationToken, standardInput: standardInput);
        if (!result.Succeeded)
        {
            throw new GitCommandException(arguments, result.ExitCode,
                result.TimedOut ? $"timed out after {timeout.TotalSeconds:0} s" : result.StandardError);
        }
        return result.StandardOutput;
    }
}
