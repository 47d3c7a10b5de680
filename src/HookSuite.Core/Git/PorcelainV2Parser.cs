namespace HookSuite.Core.Git;

/// <summary>Parses the NUL-separated output of <c>git status --porcelain=v2 -z</c>.</summary>
public static class PorcelainV2Parser
{
    public static IReadOnlyList<StatusEntry> Parse(string output)
    {
        var records = output.Split('\0');
        var entries = new List<StatusEntry>();
        for (var i = 0; i < records.Length; i++)
        {
            var record = records[i];
            if (record.Length < 2)
            {
                continue;
            }
            switch (record[0])
            {
                case '1':
                    entries.Add(Ordinary(record));
                    break;
                case '2':
                    // The original path of a rename is the next NUL-separated field.
                    entries.Add(Renamed(record, records[++i]));
                    break;
                case 'u':
                    entries.Add(Unmerged(record));
                    break;
                case '?':
                    entries.Add(Bare(StatusEntryType.Untracked, record[2..]));
                    break;
                case '!':
                    entries.Add(Bare(StatusEntryType.Ignored, record[2..]));
                    break;
            }
        }
        return entries;
    }

    // 1 XY sub mH mI mW hH hI path   (the path may itself contain spaces, so split a fixed count)
    private static StatusEntry Ordinary(string record)
    {
        var f = record.Split(' ', 9);
        return new StatusEntry(StatusEntryType.Changed, f[1][0], f[1][1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]);
    }

    // 2 XY sub mH mI mW hH hI Xscore path
    private static StatusEntry Renamed(string record, string originalPath)
    {
        var f = record.Split(' ', 10);
        return new StatusEntry(StatusEntryType.Renamed, f[1][0], f[1][1], f[2], f[3], f[4], f[5], f[6], f[7], f[9], originalPath);
    }

    // u XY sub m1 m2 m3 mW h1 h2 h3 path
    private static StatusEntry Unmerged(string record)
    {
        var f = record.Split(' ', 11);
        return new StatusEntry(StatusEntryType.Unmerged, f[1][0], f[1][1], f[2], f[3], f[4], f[6], f[7], f[8], f[10]);
    }

    private static StatusEntry Bare(StatusEntryType type, string path) =>
        new(type, '?', '?', "N...", "", "", "", "", "", path);
}
