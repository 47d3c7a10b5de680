using HookSuite.Testing;

namespace HookSuite.Cli.Tests;

/// <summary>Isolates the whole run from the machine's git configuration before any test starts.</summary>
[SetUpFixture]
public sealed class AssemblySetup
{
    [OneTimeSetUp]
    public void Isolate() => TestEnvironment.EnsureIsolated();
}
