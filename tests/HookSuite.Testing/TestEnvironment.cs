namespace HookSuite.Testing;

/// <summary>
/// Gives every test run its own HOME with a fixed git identity, no signing and an empty template dir,
/// so the machine's own git configuration can neither help nor break a test.
/// </summary>
public static class TestEnvironment
{
    private static readonly Lazy<string> Home = new(Create);

    public static void EnsureIsolated() => _ = Home.Value;

    private static string Create()
    {
        var home = Directory.CreateTempSubdirectory("hooksuite-home-").FullName;
        var template = Directory.CreateDirectory(Path.Combine(home, "git-template")).FullName;
        File.WriteAllText(Path.Combine(home, ".gitconfig"), $"""
            [user]
                name = HookSuite Test
                email = test@hooksuite.invalid
            [commit]
                gpgSign = false
            [tag]
                gpgSign = false
            [init]
                defaultBranch = main
                templateDir = {template}
            [protocol "file"]
                allow = always
            [advice]
                detachedHead = false
            [core]
                autocrlf = false
            """);
        Environment.SetEnvironmentVariable("HOME", home);
        Environment.SetEnvironmentVariable("XDG_CONFIG_HOME", Path.Combine(home, ".config"));
        Environment.SetEnvironmentVariable("GIT_CONFIG_NOSYSTEM", "1");
        Environment.SetEnvironmentVariable("GIT_CONFIG_GLOBAL", null);
        Environment.SetEnvironmentVariable("GIT_AUTHOR_DATE", "2026-01-01T12:00:00Z");
        Environment.SetEnvironmentVariable("GIT_COMMITTER_DATE", "2026-01-01T12:00:00Z");
        foreach (var name in new[] { "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "NO_COLOR", "HOOKSUITE", "HOOKSUITE_TRACE" })
        {
            Environment.SetEnvironmentVariable(name, null);
        }
        return home;
    }
}
