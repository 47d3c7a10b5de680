using HookSuite.Core.Errors;
using Tomlyn.Syntax;

namespace HookSuite.Core.Config;

/// <summary>Binds flattened TOML entries to <see cref="HookSuiteConfig"/>, rejecting unknown keys and wrong types with their position.</summary>
public static class ConfigBinder
{
    private static readonly string[] TopLevelKeys =
        ["deploy_ref", "fetch_timeout", "pre_push.block", "python.entry_points", "python.source_roots", "python.interpreter", "server.allow_force_push", "validators"];

    private static readonly string[] ValidatorKeys = ["name", "command", "timeout", "env", "when"];

    public static HookSuiteConfig Bind(IReadOnlyList<TomlEntry> entries, string source, string text)
    {
        string? deployRef = null;
        TimeSpan? fetchTimeout = null;
        var block = PrePushBlock.Deploy;
        var allowForcePush = false;
        IReadOnlyList<string> entryPoints = [], sourceRoots = [];
        string? interpreter = null;
        var validators = new SortedDictionary<int, ValidatorBuilder>();

        foreach (var entry in entries)
        {
            var at = $"{source}:{entry.Line}:{entry.Column}";
            switch (entry.Path)
            {
                case "deploy_ref": deployRef = String(entry, at); break;
                case "fetch_timeout": fetchTimeout = Seconds(entry, at); break;
                case "pre_push.block": block = Block(entry, at); break;
                case "python.entry_points": entryPoints = Strings(entry, at); break;
                case "python.source_roots": sourceRoots = Strings(entry, at); break;
                case "python.interpreter": interpreter = String(entry, at); break;
                case "server.allow_force_push":
                    allowForcePush = entry.Value is Tomlyn.Syntax.BooleanValueSyntax boolean ? boolean.Value : throw WrongType(at, entry, "true or false");
                    break;
                default:
                    var match = ConfigReader.ValidatorKey().Match(entry.Path);
                    if (!match.Success)
                    {
                        throw Unknown(at, entry.Path, TopLevelKeys);
                    }
                    var index = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                    if (!validators.TryGetValue(index, out var builder))
                    {
                        validators[index] = builder = new ValidatorBuilder($"{source}:{entry.Line}");
                    }
                    builder.Set(match.Groups[2].Value, entry, at);
                    break;
            }
        }

        var built = validators.Values.Select(v => v.Build()).ToList();
        var duplicate = built.GroupBy(v => v.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new HookSuiteException($"{source}: two validators are named '{duplicate.Key}' — give each a unique name");
        }
        return new HookSuiteConfig(deployRef, fetchTimeout, new PythonConfig(entryPoints, sourceRoots, interpreter), built, block, source, text)
        {
            AllowForcePush = allowForcePush,
        };
    }

    private sealed class ValidatorBuilder(string at)
    {
        private string? _name;
        private IReadOnlyList<string>? _command;
        private TimeSpan _timeout = ValidatorConfig.DefaultTimeout;
        private readonly Dictionary<string, string> _env = new(StringComparer.Ordinal);
        private IReadOnlySet<ValidatorStage> _when = ValidatorConfig.DefaultStages;

        public void Set(string key, TomlEntry entry, string at)
        {
            if (key.StartsWith("env.", StringComparison.Ordinal))
            {
                _env[key[4..]] = String(entry, at);
                return;
            }
            switch (key)
            {
                case "name": _name = String(entry, at); break;
                case "command":
                    _command = Strings(entry, at);
                    if (_command.Count == 0)
                    {
                        throw new HookSuiteException($"{at}: 'command' is empty — give the program and its arguments, e.g. [\"python3\", \"-m\", \"pytest\"]");
                    }
                    break;
                case "timeout": _timeout = Seconds(entry, at); break;
                case "when": _when = Stages(entry, at); break;
                default: throw Unknown(at, "validators." + key, ValidatorKeys);
            }
        }

        public ValidatorConfig Build()
        {
            if (_name is null || _command is null)
            {
                throw new HookSuiteException($"{at}: a [[validators]] entry needs both 'name' and 'command' — add the missing key");
            }
            return new ValidatorConfig(_name, _command, _timeout, _env, _when);
        }
    }

    private static HookSuiteException Unknown(string at, string key, IEnumerable<string> known) =>
        new($"{at}: unknown key '{key}' — known keys: {string.Join(", ", known)}");

    private static HookSuiteException WrongType(string at, TomlEntry entry, string expected) =>
        new($"{at}: '{entry.Path}' must be {expected} — fix its value");

    private static string String(TomlEntry entry, string at) =>
        entry.Value is StringValueSyntax { Value: { } text } ? text : throw WrongType(at, entry, "a string");

    private static IReadOnlyList<string> Strings(TomlEntry entry, string at)
    {
        if (entry.Value is not ArraySyntax array)
        {
            throw WrongType(at, entry, "an array of strings");
        }
        return array.Items
            .Select(i => i.Value is StringValueSyntax { Value: { } text } ? text : throw WrongType(at, entry, "an array of strings"))
            .ToList();
    }

    private static TimeSpan Seconds(TomlEntry entry, string at) => entry.Value switch
    {
        IntegerValueSyntax { Value: > 0 } integer => TimeSpan.FromSeconds(integer.Value),
        FloatValueSyntax { Value: > 0 } number => TimeSpan.FromSeconds(number.Value),
        _ => throw WrongType(at, entry, "a positive number of seconds"),
    };

    private static PrePushBlock Block(TomlEntry entry, string at) => String(entry, at) switch
    {
        "deploy" => PrePushBlock.Deploy,
        "all" => PrePushBlock.All,
        _ => throw WrongType(at, entry, "\"deploy\" or \"all\""),
    };

    private static IReadOnlySet<ValidatorStage> Stages(TomlEntry entry, string at) =>
        Strings(entry, at).Select(s => s switch
        {
            "check" => ValidatorStage.Check,
            "pre-commit" => ValidatorStage.PreCommit,
            "pre-push" => ValidatorStage.PrePush,
            "run" => ValidatorStage.Run,
            _ => throw WrongType(at, entry, "a list of \"check\", \"pre-commit\", \"pre-push\", \"run\""),
        }).ToHashSet();
}
