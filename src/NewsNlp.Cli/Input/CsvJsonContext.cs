using System.Text.Json.Serialization;

namespace NewsNlp.Cli.Input;

/// <summary>Source-generated JSON for passing CSV string columns through to JSON output.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class CsvJsonContext : JsonSerializerContext;
