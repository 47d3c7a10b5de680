using HookSuite.Core.Errors;

namespace HookSuite.Core.Sync;

/// <summary>The ref the GPU box runs, e.g. <c>origin/production</c>: a remote and a branch on it.</summary>
public sealed record DeployRef(string Remote, string Branch)
{
    public const string Default = "origin/production";

    public string Name => $"{Remote}/{Branch}";

    /// <summary>The local remote-tracking ref that a fetch updates.</summary>
    public string TrackingRef => $"refs/remotes/{Remote}/{Branch}";

    /// <summary>Splits REMOTE/BRANCH, choosing the longest configured remote name that prefixes it.</summary>
    public static DeployRef Parse(string text, IEnumerable<string> configuredRemotes)
    {
        var name = text.Trim();
        foreach (var prefix in new[] { "refs/remotes/", "remotes/" })
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                name = name[prefix.Length..];
            }
        }

        var slash = name.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == name.Length - 1)
        {
            throw new HookSuiteException(
                $"deploy ref '{text}' must name a remote and a branch, like origin/production — pass --ref REMOTE/BRANCH");
        }

        var remotes = configuredRemotes.ToList();
        var remote = remotes
            .Where(r => name.StartsWith(r + "/", StringComparison.Ordinal) && name.Length > r.Length + 1)
            .OrderByDescending(r => r.Length)
            .FirstOrDefault();
        if (remote is null)
        {
            var guess = name[..slash];
            var known = remotes.Count == 0 ? "this clone has no remotes" : "remotes here: " + string.Join(", ", remotes);
            throw new HookSuiteException(
                $"remote '{guess}' is not configured ({known}) — add it with `git remote add {guess} URL`, or choose another with --ref REMOTE/BRANCH");
        }
        return new DeployRef(remote, name[(remote.Length + 1)..]);
    }

    /// <summary>For wording fixes only (hooks, diagnoses): the configured deploy ref, or origin/production when it cannot be parsed.</summary>
    public static DeployRef ParseOrDefault(string? text, IEnumerable<string> configuredRemotes)
    {
        try
        {
            return Parse(text ?? Default, configuredRemotes);
        }
        catch (HookSuiteException)
        {
            return new DeployRef("origin", "production");
        }
    }
}
