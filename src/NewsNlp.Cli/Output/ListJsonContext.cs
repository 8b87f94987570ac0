using System.Text.Json.Serialization;

namespace NewsNlp.Cli.Output;

/// <summary>Source-generated JSON for list cells in CSV.</summary>
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(int[]))]
internal sealed partial class ListJsonContext : JsonSerializerContext;
