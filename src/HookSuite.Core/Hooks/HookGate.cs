namespace HookSuite.Core.Hooks;

/// <summary>The HOOKSUITE=0 escape hatch every hook honours (and says it honoured).</summary>
public static class HookGate
{
    public static bool Skipped(string hook, TextWriter stderr)
    {
        if (Environment.GetEnvironmentVariable("HOOKSUITE") != "0")
        {
            return false;
        }
        stderr.WriteLine($"hooksuite: {hook} skipped (HOOKSUITE=0)");
        return true;
    }
}
