using System.Diagnostics;

namespace HookSuite.Testing;

/// <summary>
/// Runs the real <c>hooksuite</c> executable as a whole process: the build next to the tests, or the
/// published binary that HOOKSUITE_TEST_BINARY names (CI sets it to the Native AOT build it ships).
/// </summary>
public static class HookSuiteCli
{
    private static readonly string? PublishedBinary = Environment.GetEnvironmentVariable("HOOKSUITE_TEST_BINARY") is { Length: > 0 } path
        ? Path.GetFullPath(path)
        : null;

    public static Shell.Result Run(string workingDirectory, params string[] arguments) =>
        Run(workingDirectory, new Dictionary<string, string?>(), arguments);

    public static Shell.Result Run(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        PublishedBinary is not null
            ? Shell.Run(workingDirectory, PublishedBinary, arguments, environment)
            : Shell.Run(workingDirectory, "dotnet", [Path.Combine(AppContext.BaseDirectory, "hooksuite.dll"), .. arguments], environment);

    /// <summary>Starts hooksuite without waiting, stdout and stderr redirected (to kill it or signal it mid-run).</summary>
    public static Process Start(string workingDirectory, params string[] arguments)
    {
        var info = PublishedBinary is not null
            ? new ProcessStartInfo(PublishedBinary)
            : new ProcessStartInfo("dotnet") { ArgumentList = { Path.Combine(AppContext.BaseDirectory, "hooksuite.dll") } };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        info.WorkingDirectory = workingDirectory;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        return Process.Start(info)!;
    }

    /// <summary>Runs one hook executable (hooksuite-pre-commit, …) as git would, next to whichever hooksuite is under test.</summary>
    public static Shell.Result RunHook(string hook, string workingDirectory, string? stdin = null, params string[] arguments)
    {
        var directory = PublishedBinary is not null ? Path.GetDirectoryName(PublishedBinary)! : AppContext.BaseDirectory;
        var native = Path.Combine(directory, "hooksuite-" + hook);
        return File.Exists(native)
            ? Shell.Run(workingDirectory, native, arguments, stdin: stdin)
            : Shell.Run(workingDirectory, "dotnet", [native + ".dll", .. arguments], stdin: stdin);
    }
}
