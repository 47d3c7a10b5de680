namespace HookSuite.Testing;

/// <summary>This HookSuite checkout: its install scripts, published binaries and tools.</summary>
public static class Checkout
{
    public static string Root { get; } = FindRoot();

    public static string PublishedBinary => Path.Combine(Root, "artifacts", "bin", "hooksuite");

    /// <summary>PowerShell 7: the one CI installs into .tools/, else pwsh on PATH; null when there is none.</summary>
    public static string? PowerShell =>
        File.Exists(Path.Combine(Root, ".tools", "pwsh")) ? Path.Combine(Root, ".tools", "pwsh")
        : Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator).Select(d => Path.Combine(d, "pwsh")).FirstOrDefault(File.Exists);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "install.sh")) && File.Exists(Path.Combine(dir.FullName, "HookSuite.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("the tests must run inside a HookSuite checkout");
    }
}
