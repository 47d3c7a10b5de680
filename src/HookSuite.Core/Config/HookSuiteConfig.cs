namespace HookSuite.Core.Config;

/// <summary>When a validator runs.</summary>
public enum ValidatorStage { Check, PreCommit, PrePush, Run }

/// <summary>One <c>[[validators]]</c> entry: an external command run inside the materialized snapshot.</summary>
public sealed record ValidatorConfig(
    string Name,
    IReadOnlyList<string> Command,
    TimeSpan Timeout,
    IReadOnlyDictionary<string, string> Environment,
    IReadOnlySet<ValidatorStage> When)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    public static readonly IReadOnlySet<ValidatorStage> DefaultStages =
        new HashSet<ValidatorStage> { ValidatorStage.Check, ValidatorStage.PrePush, ValidatorStage.Run };

    /// <summary>A stable text of everything that changes the validator's verdict, for the result cache key.</summary>
    public string Fingerprint =>
        $"{Name}\0{string.Join('\u0001', Command)}\0{Timeout.TotalSeconds}\0" +
        string.Join('\u0001', Environment.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}={e.Value}"));
}

/// <summary>The <c>[python]</c> table.</summary>
public sealed record PythonConfig(
    IReadOnlyList<string> EntryPoints,
    IReadOnlyList<string> SourceRoots,
    string? Interpreter)
{
    public static readonly PythonConfig Default = new([], [], null);

    /// <summary>Where <see cref="Interpreter"/> came from, for error messages.</summary>
    public InterpreterSource InterpreterSource { get; init; } = InterpreterSource.Config;
}

/// <summary>Where the interpreter the analysis asks was named: <c>[python] interpreter</c>, <c>--python</c>, or the command <c>run</c> starts.</summary>
public enum InterpreterSource { Config, Option, Command }

/// <summary>What to block on pre-push: only pushes to the deploy branch, or all pushes.</summary>
public enum PrePushBlock { Deploy, All }

/// <summary>HookSuite's configuration, read from the snapshot being validated (hooksuite.toml or pyproject.toml).</summary>
public sealed record HookSuiteConfig(
    string? DeployRef,
    TimeSpan? FetchTimeout,
    PythonConfig Python,
    IReadOnlyList<ValidatorConfig> Validators,
    PrePushBlock PrePushBlock,
    string Source,
    string Text)
{
    public static readonly HookSuiteConfig Default = new(null, null, PythonConfig.Default, [], PrePushBlock.Deploy, "(defaults)", "");

    /// <summary><c>[server] allow_force_push</c>: whether the server hook lets a push rewrite the deploy branch.</summary>
    public bool AllowForcePush { get; init; }
}
