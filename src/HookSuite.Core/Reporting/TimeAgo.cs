namespace HookSuite.Core.Reporting;

/// <summary>Human wording for how long ago something happened.</summary>
public static class TimeAgo
{
    public static string Describe(DateTimeOffset? when, DateTimeOffset now)
    {
        if (when is null)
        {
            return "at an unknown time";
        }
        var age = now - when.Value;
        return age.TotalSeconds switch
        {
            < 60 => "just now",
            < 3600 => $"{(int)age.TotalMinutes} min ago",
            < 86400 => $"{(int)age.TotalHours} h ago",
            _ => $"{(int)age.TotalDays} days ago",
        };
    }
}
