using System.Text.Json;

namespace HookSuite.Core.Reporting;

/// <summary>The snake_case names enums take in JSON output.</summary>
public static class SnakeCase
{
    public static string Of<T>(T value) where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
