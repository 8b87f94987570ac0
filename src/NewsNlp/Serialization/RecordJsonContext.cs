using System.Text.Json.Serialization;

namespace NewsNlp.Serialization;

/// <summary>Source-generated System.Text.Json metadata for the record types: no reflection at run time.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false)]
[JsonSerializable(typeof(ArticleRecord))]
internal sealed partial class RecordJsonContext : JsonSerializerContext;
