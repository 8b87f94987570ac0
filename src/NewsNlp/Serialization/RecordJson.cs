using System.Text.Encodings.Web;
using System.Text.Json;
using NewsNlp.Serialization;

namespace NewsNlp;

/// <summary>
/// Reads and writes <see cref="ArticleRecord"/>s in the JSON shape of the record contract
/// (camelCase, dates as YYYY-MM-DD). Thread-safe.
/// </summary>
public static class RecordJson
{
    private static readonly JsonSerializerOptions Compact = Create(indented: false);
    private static readonly JsonSerializerOptions Indented = Create(indented: true);

    /// <summary>Serializes <paramref name="record"/> as one JSON object.</summary>
    /// <param name="record">The record.</param>
    /// <param name="indented">True for human-readable indentation; false (the default) for one line.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static string Serialize(ArticleRecord record, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(record);
        return JsonSerializer.Serialize(record, (indented ? Indented : Compact).GetTypeInfo(typeof(ArticleRecord)));
    }

    /// <summary>Writes <paramref name="record"/> as one JSON object to <paramref name="writer"/>.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="record">The record.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, ArticleRecord record)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(record);
        JsonSerializer.Serialize(writer, record, Compact.GetTypeInfo(typeof(ArticleRecord)));
    }

    /// <summary>Reads a record from its JSON text.</summary>
    /// <param name="json">One JSON object.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException"><paramref name="json"/> is not a record.</exception>
    public static ArticleRecord Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return (ArticleRecord?)JsonSerializer.Deserialize(json, Compact.GetTypeInfo(typeof(ArticleRecord)))
            ?? throw new JsonException("null is not an article record.");
    }

    /// <summary>The serializer options, for callers that write records with their own writers.</summary>
    public static JsonSerializerOptions Options => Compact;

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(RecordJsonContext.Default.Options)
        {
            // Curly quotes and non-Latin names stay readable in the output.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = indented,
        };
        // The context's resolver is copied above; the parameterless overload (unlike MakeReadOnly(bool)) never falls back
        // to the reflection resolver, so it is safe under trimming and Native AOT.
        options.MakeReadOnly();
        return options;
    }
}
