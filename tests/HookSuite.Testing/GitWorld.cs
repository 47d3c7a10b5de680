namespace HookSuite.Testing;

/// <summary>
/// A real world to test in: a bare <c>origin</c> with a <c>production</c> branch and a laptop clone
/// (<see cref="Work"/>) in sync with it, inside a temp directory deleted afterwards.
/// </summary>
public sealed class GitWorld : IDisposable
{
    public string Root { get; }
    public string Origin { get; }
    public string Work { get; }

    private GitWorld(string root)
    {
        Root = root;
        Origin = Path.Combine(root, "origin.git");
        Work = Path.Combine(root, "laptop");
    }

    /// <summary>A laptop clone whose main branch equals origin/production.</summary>
    public static GitWorld Create(string name = "hooksuite-world-")
    {
        TestEnvironment.EnsureIsolated();
        var world = new GitWorld(Directory.CreateTempSubdirectory(name).FullName);
        Shell.Git(world.Root, "init", "--quiet", "--bare", world.Origin);
        Shell.Git(world.Root, "init", "--quiet", world.Work);
        world.Write("train.py", "from models.lora import LoraModel\n\nLoraModel().fit()\n");
        world.Write("models/__init__.py", "");
        world.Write("models/lora.py", "class LoraModel:\n    def fit(self):\n        pass\n");
        world.Write(".gitignore", "*.log\ncheckpoints/\n");
        world.CommitAll("initial model");
        world.Git("remote", "add", "origin", world.Origin);
        world.Git("push", "--quiet", "origin", "HEAD:production");
        world.Git("fetch", "--quiet", "origin");
        return world;
    }

    public string Git(params string[] arguments) => Shell.Git(Work, arguments);

    public GitWorld Write(string relative, string content)
    {
        var path = Path.Combine(Work, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public GitWorld Delete(string relative)
    {
        File.Delete(Path.Combine(Work, relative));
        return this;
    }

    public string CommitAll(string message)
    {
        Git("add", "-A");
        Git("commit", "--quiet", "--allow-empty", "-m", message);
        return Git("rev-parse", "HEAD").Trim();
    }

    /// <summary>A second clone — a teammate — that pushes a commit to production.</summary>
    public string TeammatePushes(string relative, string content, string message = "teammate change")
    {
        var teammate = Path.Combine(Root, "teammate-" + Guid.NewGuid().ToString("N")[..8]);
        Shell.Git(Root, "clone", "--quiet", "--branch", "production", Origin, teammate);
        var file = Path.Combine(teammate, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, content);
        Shell.Git(teammate, "add", "-A");
        Shell.Git(teammate, "commit", "--quiet", "-m", message);
        Shell.Git(teammate, "push", "--quiet", "origin", "HEAD:production");
        return Shell.Git(teammate, "rev-parse", "HEAD").Trim();
    }

    /// <summary>The laptop has a commit that production does not.</summary>
    public GitWorld AheadOfOrigin(string message = "add load_modifications")
    {
        Write("models/lora.py", "class LoraModel:\n    def fit(self):\n        pass\n\n    def load_modifications(self):\n        pass\n");
        CommitAll(message);
        return this;
    }

    /// <summary>Production has a commit the laptop has not pulled.</summary>
    public GitWorld BehindOrigin()
    {
        TeammatePushes("data.py", "ROWS = 10\n", "add data module");
        return this;
    }

    /// <summary>Staged, unstaged and untracked changes all at once.</summary>
    public GitWorld WithUncommittedChanges()
    {
        Write("staged.py", "STAGED = 1\n");
        Git("add", "staged.py");
        Write("train.py", "from models.lora import LoraModel\n\nLoraModel().fit()\nprint('edited')\n");
        Write("scratch.py", "SCRATCH = 1\n");
        return this;
    }

    /// <summary>A merge stopped on a conflict in train.py.</summary>
    public GitWorld InMergeConflict()
    {
        TeammatePushes("train.py", "print('theirs')\n", "their train.py");
        Write("train.py", "print('ours')\n");
        CommitAll("our train.py");
        Git("fetch", "--quiet", "origin");
        var merge = Shell.Run(Work, "git", ["merge", "--quiet", "origin/production"]);
        if (merge.ExitCode == 0)
        {
            throw new InvalidOperationException("expected a merge conflict");
        }
        return this;
    }

    /// <summary>Commits hooksuite.toml and pushes it to production: the deploy ref's own config.</summary>
    public GitWorld DeployConfig(string toml)
    {
        Write("hooksuite.toml", toml);
        CommitAll("configure hooksuite");
        Git("push", "--quiet", "origin", "HEAD:production");
        return this;
    }

    /// <summary>Pushes HEAD to production, so the laptop is in sync again.</summary>
    public GitWorld PushToProduction()
    {
        Git("push", "--quiet", "--force", "origin", "HEAD:production");
        return this;
    }

    public RepositoryFingerprint Fingerprint() => RepositoryFingerprint.Of(Work);

    public void Dispose()
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory must not fail the test that produced it.
        }
    }
}
