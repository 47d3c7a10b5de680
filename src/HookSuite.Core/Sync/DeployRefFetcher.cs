using HookSuite.Core.Git;

namespace HookSuite.Core.Sync;

/// <summary>Fetches the deploy branch with a timeout and without ever prompting for credentials.</summary>
public sealed class DeployRefFetcher(GitCli git)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <param name="sshCommandConfigured">True when the user set core.sshCommand, GIT_SSH or GIT_SSH_COMMAND: theirs wins.</param>
    public async Task<FetchOutcome> FetchAsync(
        DeployRef deployRef, bool sshCommandConfigured, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var env = new Dictionary<string, string?>
        {
            // A hook or a GPU-box gate must never hang on a password prompt.
            ["GIT_TERMINAL_PROMPT"] = "0",
            ["GCM_INTERACTIVE"] = "never",
            ["SSH_ASKPASS_REQUIRE"] = "never",
        };
        if (!sshCommandConfigured)
        {
            env["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes";
        }

        var result = await git.RunAsync(
            GitArgs.FetchBranch(deployRef.Remote, deployRef.Branch, deployRef.TrackingRef), timeout, env, cancellationToken);
        if (result.Succeeded)
        {
            return FetchOutcome.Fetched;
        }
        if (result.TimedOut)
        {
            return new FetchOutcome(true, false, $"git fetch {deployRef.Remote} timed out after {timeout.TotalSeconds:0} s", false);
        }

        var reason = Errors.GitCommandException.FirstLine(result.StandardError);
        var missing = result.StandardError.Contains("couldn't find remote ref", StringComparison.OrdinalIgnoreCase);
        return new FetchOutcome(true, false, reason.Length > 0 ? reason : $"git fetch exited with {result.ExitCode}", missing);
    }
}
