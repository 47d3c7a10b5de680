using System.Text.Json;
using HookSuite.Core.Git;
using HookSuite.Core.Reporting;

namespace HookSuite.Core.Run;

/// <summary>The append-only record of gated runs, <c>hooksuite/runs.jsonl</c> in the git common dir.</summary>
public sealed class RunLog(RepositoryLocation location)
{
    public string LogFile => Path.Combine(location.StateDir, "runs.jsonl");

    public void Append(RunRecord record)
    {
        Directory.CreateDirectory(location.StateDir);
        var line = JsonSerializer.Serialize(record, JsonOutput.Compact.RunRecord) + "\n";
        File.AppendAllText(LogFile, line);
    }

    public IReadOnlyList<RunRecord> Read()
    {
        if (!File.Exists(LogFile))
        {
            return [];
        }
        var records = new List<RunRecord>();
        foreach (var line in File.ReadLines(LogFile))
        {
            try
            {
                if (line.Length > 0 && JsonSerializer.Deserialize(line, JsonOutput.Compact.RunRecord) is { } record)
                {
                    records.Add(record);
                }
            }
            catch (JsonException)
            {
                // A torn last line from a crash is skipped, never fatal.
            }
        }
        return records;
    }
}
