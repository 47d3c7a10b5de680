using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HookSuite.Core.Git;
using HookSuite.Core.Reporting;

namespace HookSuite.Core.Validation;

/// <summary>
/// Verdicts keyed by the snapshot's tree id, the config text, the HookSuite version, the validator and the entry
/// points: checking the same deploy commit again costs a file read. Only deterministic outcomes are stored.
/// </summary>
public sealed class ResultCache(RepositoryLocation location)
{
    private static readonly string Version = typeof(ResultCache).Assembly.GetName().Version?.ToString() ?? "0";

    private string CacheDirectory => Path.Combine(location.StateDir, "cache");

    public static string Key(string treeId, string configText, ISnapshotValidator validator, IReadOnlyList<string> entryPoints)
    {
        var text = string.Join('\0', Version, treeId, configText, validator.Name, validator.CacheKey, string.Join('\u0001', entryPoints));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public ValidatorResult? TryGet(string key)
    {
        var path = Path.Combine(CacheDirectory, key + ".json");
        try
        {
            return File.Exists(path)
                ? JsonSerializer.Deserialize(File.ReadAllText(path), JsonOutput.Default.ValidatorResult) is { } hit ? hit with { Cached = true } : null
                : null;
        }
        catch (Exception ex) when (ex is IOException or JsonException)
        {
            return null; // A torn or foreign file is a miss, never an error.
        }
    }

    public void Store(string key, ValidatorResult result)
    {
        if (result.Outcome is not (ValidatorOutcome.Passed or ValidatorOutcome.Failed))
        {
            return;
        }
        try
        {
            Directory.CreateDirectory(CacheDirectory);
            var temp = Path.Combine(CacheDirectory, $"{key}.{Environment.ProcessId}.tmp");
            File.WriteAllText(temp, JsonSerializer.Serialize(result, JsonOutput.Default.ValidatorResult));
            File.Move(temp, Path.Combine(CacheDirectory, key + ".json"), overwrite: true);
        }
        catch (IOException)
        {
            // The cache is an optimisation: failing to write it must not fail the check.
        }
    }
}
