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
}
