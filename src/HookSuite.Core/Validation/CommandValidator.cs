using System.Diagnostics;
using HookSuite.Core.Config;
using HookSuite.Core.Errors;
using HookSuite.Core.Processes;

namespace HookSuite.Core.Validation;

/// <summary>A <c>[[validators]]</c> command run inside the materialized snapshot, with a timeout that kills its process tree.</summary>
public sealed class CommandValidator(ValidatorConfig config, ProcessRunner runner) : ISnapshotValidator
{
    public const int OutputTailChars = 4000;

    public string Name => config.Name;

    public string CacheKey => config.Fingerprint;

    public async Task<ValidatorResult> RunAsync(ValidationContext context, CancellationToken cancellationToken)
    {
        var usesEntries = config.Command.Any(a => a.Contains("{entry}", StringComparison.Ordinal));
        if (usesEntries && context.EntryPoints.Count == 0)
        {
            return new ValidatorResult(Name, ValidatorOutcome.Skipped, 0, null, [], "no entry points to pass as {entry}");
        }

        var snapshot = await context.FilesAsync(cancellationToken);
        var argv = Expand(config.Command, snapshot.Root, context.EntryPoints);
        var program = argv[0].Contains('/', StringComparison.Ordinal) && !Path.IsPathRooted(argv[0])
            ? Path.GetFullPath(argv[0], snapshot.Root)
            : argv[0];

        var env = ChildEnvironment.Create();
        env["HOOKSUITE_SNAPSHOT"] = snapshot.Root;
        foreach (var (name, value) in config.Environment)
        {
            env[name] = value;
        }

        var clock = Stopwatch.StartNew();
        ProcessResult result;
        try
        {
            result = await runner.RunAsync(new ProcessRequest(program, argv.Skip(1).ToList())
            {
                WorkingDirectory = snapshot.Root,
                Timeout = config.Timeout,
                Environment = env,
                MaxOutputChars = OutputTailChars,
            }, cancellationToken);
        }
        catch (HookSuiteException ex)
        {
            throw new HookSuiteException(
                $"validator '{Name}' cannot start '{argv[0]}': {ex.InnerException?.Message ?? ex.Message} — install it or fix its `command` in {context.Config.Source}",
                ExitCodes.CannotCheck, ex);
        }

        var outcome = result.TimedOut ? ValidatorOutcome.TimedOut
            : result.ExitCode == 0 ? ValidatorOutcome.Passed
            : ValidatorOutcome.Failed;
        var reason = outcome switch
        {
            ValidatorOutcome.TimedOut => $"timed out after {config.Timeout.TotalSeconds:0} s (its process tree was killed)",
            ValidatorOutcome.Failed => $"exit code {result.ExitCode}",
            _ => null,
        };
        var tail = outcome == ValidatorOutcome.Passed ? null : Tail(result);
        return new ValidatorResult(Name, outcome, clock.ElapsedMilliseconds, tail, [], reason);
    }

    private static string Tail(ProcessResult result)
    {
        var both = (result.StandardOutput.TrimEnd() + "\n" + result.StandardError.TrimEnd()).Trim();
        return both.Length <= OutputTailChars ? both : "…" + both[^OutputTailChars..];
    }

    /// <summary>{snapshot} becomes the snapshot dir; an argument that is exactly {entry} becomes one argument per entry point.</summary>
    public static List<string> Expand(IReadOnlyList<string> command, string snapshotRoot, IReadOnlyList<string> entryPoints)
    {
        var argv = new List<string>();
        foreach (var argument in command)
        {
            if (argument == "{entry}")
            {
                argv.AddRange(entryPoints);
                continue;
            }
            argv.Add(argument
                .Replace("{snapshot}", snapshotRoot, StringComparison.Ordinal)
                .Replace("{entry}", string.Join(' ', entryPoints), StringComparison.Ordinal));
        }
        return argv;
    }
}
