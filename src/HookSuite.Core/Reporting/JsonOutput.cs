using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HookSuite.Core.Reporting;

/// <summary>Source-generated JSON (it must work under Native AOT) for every document HookSuite prints.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(StatusDocument))]
[JsonSerializable(typeof(ErrorDocument))]
[JsonSerializable(typeof(Validation.ValidatorResult))]
[JsonSerializable(typeof(ValidationDocument))]
[JsonSerializable(typeof(CheckDocument))]
[JsonSerializable(typeof(Dictionary<string, bool>))]
[JsonSerializable(typeof(Run.RunRecord))]
[JsonSerializable(typeof(List<Run.RunRecord>))]
public sealed partial class JsonOutput : JsonSerializerContext
{
    // Commands in `fix` contain '&&' and quotes: keep them readable rather than \u0026-escaped.
    private static readonly JsonOutput Readable = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>One line per document (run records), snake_case like everything else.</summary>
    public static readonly JsonOutput Compact = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Serialize<T>(T document) =>
        JsonSerializer.Serialize(document, typeof(T), Readable);
}
