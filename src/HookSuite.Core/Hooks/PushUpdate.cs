namespace HookSuite.Core.Hooks;

/// <summary>One line git gives pre-push on stdin: <c>&lt;local ref&gt; &lt;local sha&gt; &lt;remote ref&gt; &lt;remote sha&gt;</c>.</summary>
public sealed record PushUpdate(string LocalRef, string LocalSha, string RemoteRef, string RemoteSha)
{
    private static bool IsZero(string sha) => sha.Length > 0 && sha.All(c => c == '0');

    public bool IsDeletion => IsZero(LocalSha);

    public bool IsTag => RemoteRef.StartsWith("refs/tags/", StringComparison.Ordinal);

    /// <summary>Every line, not just the first: a push can update several refs at once.</summary>
    public static IReadOnlyList<PushUpdate> ParseAll(string stdin) =>
        stdin.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' '))
            .Where(parts => parts.Length == 4)
            .Select(parts => new PushUpdate(parts[0], parts[1], parts[2], parts[3]))
            .ToList();
}
