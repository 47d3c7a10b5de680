using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using HookSuite.Testing;

namespace HookSuite.Cli.Tests.Reliability;

/// <summary>Repositories built to hurt: escaping symlinks, control characters, huge and binary files, a remote that never answers.</summary>
public sealed class HostileRepositoryTests
{
    private GitWorld _world = null!;

    [SetUp]
    public void CreateWorld() => _world = GitWorld.Create();

    [TearDown]
    public void DeleteWorld() => _world.Dispose();

    [Test]
    public void Snapshot_SymlinkOutsideThenADirectoryThroughIt_NeverWritesOutside()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("POSIX symlinks");
            return;
        }
        var outside = Directory.CreateDirectory(Path.Combine(_world.Root, "outside")).FullName;
        File.CreateSymbolicLink(Path.Combine(_world.Work, "escape"), outside);
        var first = _world.CommitAll("a link that points outside");
        _world.Git("rm", "--quiet", "escape");
        _world.Write("escape/evil.py", "EVIL = 1\n");
        var second = _world.CommitAll("a directory where the link was");

        var a = HookSuiteCli.Run(_world.Work, "snapshot", "--rev", first);
        var b = HookSuiteCli.Run(_world.Work, "snapshot", "--rev", second);

        Assert.That((a.ExitCode, b.ExitCode), Is.EqualTo((0, 0)), a.StdErr + b.StdErr);
        Assert.That(Directory.EnumerateFileSystemEntries(outside), Is.Empty, "nothing may be written through the link");
        var snapshot = b.StdOut.Trim();
        Assert.That(new FileInfo(Path.Combine(snapshot, "escape")).LinkTarget, Is.Null);
        Assert.That(File.ReadAllText(Path.Combine(snapshot, "escape", "evil.py")), Is.EqualTo("EVIL = 1\n"));
    }

    [Test]
    public void Status_FileNamesWithNewlinesAndTerminalEscapes_AreShownEscaped()
    {
        _world.Write("two\nlines.py", "A = 1\n");
        _world.Write("\u001b]0;pwned\u0007.py", "B = 1\n");

        var human = HookSuiteCli.Run(_world.Work, "status");
        var json = HookSuiteCli.Run(_world.Work, "status", "--json");

        Assert.That(human.StdOut, Does.Not.Contain("\u001b").And.Not.Contain("\u0007"));
        Assert.That(human.StdOut, Does.Contain("two\\nlines.py").And.Contain("\\x1b]0;pwned\\x07.py"));
        using var document = JsonDocument.Parse(json.StdOut);
        var paths = document.RootElement.GetProperty("drift").EnumerateArray().Select(d => d.GetProperty("path").GetString());
        Assert.That(paths, Does.Contain("two\nlines.py"), "JSON keeps the exact name (escaped by JSON itself)");
    }

    [Test]
    public void Check_HundredMegabyteFileAndBinaryPython_FinishWithoutCrashing()
    {
        using (var big = File.Create(Path.Combine(_world.Work, "weights.bin")))
        {
            big.SetLength(100L * 1024 * 1024);
        }
        File.WriteAllBytes(Path.Combine(_world.Work, "blob.py"), [0x00, 0xFF, 0xFE, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]);
        _world.CommitAll("big and binary");
        _world.PushToProduction();

        var result = HookSuiteCli.Run(_world.Work, "check", "--json");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.StdErr);
        using var document = JsonDocument.Parse(result.StdOut);
        var findings = document.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("path").GetString(), f.GetProperty("rule").GetString())).ToList();
        Assert.That(findings, Does.Contain(("blob.py", "syntax-error")));
        Assert.That(document.RootElement.GetProperty("local_equals_deploy").GetBoolean(), Is.True);
    }

    [Test]
    public void Status_RemoteThatAcceptsAndNeverAnswers_GivesUpAtTheFetchTimeout()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var accepted = new List<Socket>();
        _ = Task.Run(async () =>
        {
            while (true)
            {
                try
                {
                    accepted.Add(await listener.AcceptSocketAsync());
                }
                catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
                {
                    return;
                }
            }
        });
        _world.Write("hooksuite.toml", "fetch_timeout = 2\n").CommitAll("short fetch timeout");
        _world.PushToProduction();
        _world.Git("remote", "set-url", "origin", $"git://127.0.0.1:{port}/origin.git");

        var clock = Stopwatch.StartNew();
        var result = HookSuiteCli.Run(_world.Work, "status");
        clock.Stop();

        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(15)));
        Assert.That(result.StdOut.Split('\n')[0], Does.StartWith("! could not fetch origin/production: git fetch origin timed out after 2 s"));
        foreach (var socket in accepted)
        {
            socket.Dispose();
        }
    }

    [Test]
    public void Snapshot_KilledWhileMaterializing_TheNextRunSucceedsAndNothingBlocks()
    {
        for (var i = 0; i < 3000; i++)
        {
            _world.Write($"data/part{i / 100}/file{i}.py", $"X = {i}\n");
        }
        _world.CommitAll("many files");
        var before = _world.Fingerprint();

        var victim = HookSuiteCli.Start(_world.Work, "snapshot", "--rev", "HEAD");
        Thread.Sleep(400);
        victim.Kill(entireProcessTree: true);
        victim.WaitForExit();
        var next = HookSuiteCli.Run(_world.Work, "snapshot", "--rev", "HEAD");

        Assert.That(next.ExitCode, Is.EqualTo(0), next.StdErr);
        var root = next.StdOut.Trim();
        Assert.That(Directory.EnumerateFiles(Path.Combine(root, "data"), "*.py", SearchOption.AllDirectories).Count(), Is.EqualTo(3000));
        Assert.That(File.ReadAllText(Path.Combine(root, "data", "part29", "file2999.py")), Is.EqualTo("X = 2999\n"));
        Assert.That(_world.Fingerprint().DifferencesFrom(before), Is.Empty);
    }
}
