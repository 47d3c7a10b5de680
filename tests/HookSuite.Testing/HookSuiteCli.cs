namespace HookSuite.Testing;

/// <summary>Runs the real <c>hooksuite</c> executable (built next to the tests) as a whole process.</summary>
public static class HookSuiteCli
{
    public static string Assembly => Path.Combine(AppContext.BaseDirectory, "hooksuite.dll");

    public static Shell.Result Run(string workingDirectory, params string[] arguments) =>
        Run(workingDirectory, new Dictionary<string, string?>(), arguments);

    public static Shell.Result Run(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        Shell.Run(workingDirectory, "dotnet", [Assembly, .. arguments], environment);
}
