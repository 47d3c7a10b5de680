using System.Text.Json.Nodes;
using HookSuite.Core.Git;

namespace HookSuite.Core.Install;

/// <summary>
/// Writes the team set-up into a repository: a dotnet tool manifest with Husky.Net and HookSuite, and .husky/ hooks
/// whose tasks call HookSuite. New clones then need only `dotnet tool restore` and `dotnet husky install`.
/// </summary>
public static class HuskySetup
{
    public const string HuskyVersion = "0.9.1";

    public static readonly string HookSuiteVersion =
        typeof(HuskySetup).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.1.0";

    public static IReadOnlyList<string> Write(RepositoryLocation location)
    {
        var actions = new List<string>();
        var manifest = File.Exists(Path.Combine(location.WorkTree, "dotnet-tools.json"))
            ? Path.Combine(location.WorkTree, "dotnet-tools.json")
            : Path.Combine(location.WorkTree, ".config", "dotnet-tools.json");
        actions.Add(UpdateManifest(manifest));

        var husky = Directory.CreateDirectory(Path.Combine(location.WorkTree, ".husky")).FullName;
        foreach (var hook in HookShim.Hooks)
        {
            var path = Path.Combine(husky, hook);
            var script = Script(hook);
            if (File.Exists(path) && File.ReadAllText(path) == script)
            {
                continue;
            }
            File.WriteAllText(path, script);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }
            actions.Add($"wrote .husky/{hook}");
        }
        actions.Add(UpdateTaskRunner(Path.Combine(husky, "task-runner.json")));
        return actions;
    }

    private static string Script(string hook)
    {
        var lines = new List<string> { "#!/bin/sh", ". \"$(dirname \"$0\")/_/husky.sh\"", "" };
        if (hook == "pre-push")
        {
            lines.Add("# Husky.Net tasks do not receive git's stdin: hand HookSuite every ref line in a variable.");
            lines.Add("HOOKSUITE_PUSH_UPDATES=\"$(cat)\"");
            lines.Add("export HOOKSUITE_PUSH_UPDATES");
            lines.Add("dotnet husky run --group pre-push --args \"$1\" \"$2\"");
        }
        else
        {
            lines.Add($"dotnet husky run --group {hook}");
        }
        return string.Join('\n', lines) + "\n";
    }

    private static string UpdateManifest(string path)
    {
        var root = File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path))!.AsObject() : new JsonObject { ["version"] = 1, ["isRoot"] = true };
        var tools = root["tools"] as JsonObject ?? [];
        root["tools"] = tools;
        tools["husky"] ??= new JsonObject { ["version"] = HuskyVersion, ["commands"] = new JsonArray("husky") };
        tools["hooksuite"] = new JsonObject { ["version"] = HookSuiteVersion, ["commands"] = new JsonArray("hooksuite") };
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n");
        return $"tool manifest {Path.GetFileName(Path.GetDirectoryName(path))}/{Path.GetFileName(path)}: husky {tools["husky"]!["version"]}, hooksuite {HookSuiteVersion}";
    }

    private static string UpdateTaskRunner(string path)
    {
        var root = File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path))!.AsObject() : new JsonObject();
        root["$schema"] ??= "https://alirezanet.github.io/Husky.Net/schema.json";
        var tasks = root["tasks"] as JsonArray ?? [];
        root["tasks"] = tasks;
        foreach (var hook in HookShim.Hooks)
        {
            var name = "hooksuite-" + hook;
            var existing = tasks.FirstOrDefault(t => t?["name"]?.GetValue<string>() == name);
            if (existing is not null)
            {
                tasks.Remove(existing);
            }
            var args = new JsonArray("hooksuite", "hook", hook);
            if (hook == "pre-push")
            {
                args.Add((JsonNode)JsonValue.Create("${args}"));
            }
            tasks.Add((JsonNode)new JsonObject { ["name"] = name, ["group"] = hook, ["command"] = "dotnet", ["args"] = args });
        }
        File.WriteAllText(path, root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n");
        return "wrote .husky/task-runner.json (tasks hooksuite-pre-commit, hooksuite-pre-push, hooksuite-post-merge)";
    }
}
