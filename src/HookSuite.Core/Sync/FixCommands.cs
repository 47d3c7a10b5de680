namespace HookSuite.Core.Sync;

/// <summary>The git commands HookSuite suggests, built in one place so every report words them the same way.</summary>
public sealed class FixCommands(DeployRef deployRef)
{
    public string Push => $"git push {Quote(deployRef.Remote)} HEAD:{Quote(deployRef.Branch)}  (or merge a pull request into {deployRef.Branch})";
    public string Pull => $"git pull --ff-only {Quote(deployRef.Remote)} {Quote(deployRef.Branch)}";
    public string Rebase => $"git pull --rebase {Quote(deployRef.Remote)} {Quote(deployRef.Branch)} && git push {Quote(deployRef.Remote)} HEAD:{Quote(deployRef.Branch)}";
    public string Unshallow => $"git fetch --unshallow {Quote(deployRef.Remote)}";
    public string CommitStaged => "git commit";
    public string AddAndCommit(string path) => $"git add -- {Quote(path)} && git commit";
    public string RemoveAndCommit(string path) => $"git rm -- {Quote(path)} && git commit";
    public string ResolveConflict(string path) => $"resolve the conflict, then git add -- {Quote(path)} && git commit";
    public string SubmoduleUpdate(string path) => $"git submodule update -- {Quote(path)}  (or git add -- {Quote(path)} && git commit to record its commit)";
    public string SubmoduleInspect(string path) => $"git -C {Quote(path)} status";

    public string ForCommitted(SyncState state) => state switch
    {
        SyncState.Ahead => Push,
        SyncState.Behind => Pull,
        SyncState.Unknown => Unshallow,
        _ => Rebase,
    };

    /// <summary>Quotes an argument for a POSIX shell only when it needs it.</summary>
    public static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '/' or '+' or ',' or ':' or '@' or '=')
            ? argument
            : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
