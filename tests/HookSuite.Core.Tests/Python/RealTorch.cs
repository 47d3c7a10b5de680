using HookSuite.Core.Config;
using HookSuite.Core.Processes;
using HookSuite.Core.Python;

namespace HookSuite.Core.Tests.Python;

/// <summary>The interpreter with Debian's python3-torch, which .ci/run installs: PyTorch's own nn.Module, not a stand-in.</summary>
internal static class RealTorch
{
    public const string Interpreter = "/usr/bin/python3";

    public static InterpreterQueries Queries() => new(Interpreter, InterpreterSource.Option, "", new ProcessRunner());

    public const string Missing = "PyTorch is not installed for /usr/bin/python3: apt-get install python3-torch (.ci/run does)";
}
