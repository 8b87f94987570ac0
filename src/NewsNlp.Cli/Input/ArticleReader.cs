using System.Globalization;
using System.Text.Json;

namespace NewsNlp.Cli.Input;

/// <summary>Reads articles from a .txt file, a folder of them, a .jsonl file or standard input.</summary>
internal static class ArticleReader
{
    /// <summary>Yields the articles of <paramref name="input"/> ("-" for standard input) in a stable order.</summary>
    public static IEnumerable<InputArticle> Read(string input, DateOnly? defaultPublished)
    {
        if (input == "-")
        {
            return ReadJsonLines(Console.In, "stdin", defaultPublished);
        }

        if (Directory.Exists(input))
        {
            return ReadFolder(input, defaultPublished);
        }

        if (input.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || input.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return ReadJsonLinesFile(input, defaultPublished);
        }

        return [ReadTextFile(input, defaultPublished)];
    }

    private static IEnumerable<InputArticle> ReadFolder(string folder, DateOnly? defaultPublished)
    {
        var files = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        foreach (string file in files)
        {
            yield return ReadTextFile(file, defaultPublished);
        }
    }

    private static IEnumerable<InputArticle> ReadJsonLinesFile(string path, DateOnly? defaultPublished)
    {
        using var reader = new StreamReader(path);
        foreach (var article in ReadJsonLines(reader, path, defaultPublished))
        {
            yield return article;
        }
    }

    /// <summary>Reads a plain-text article: the first line is the headline.</summary>
    public static InputArticle ReadTextFile(string path, DateOnly? defaultPublished)
    {
        string id = Path.GetFileNameWithoutExtension(path);
        try
        {
            string text = File.ReadAllText(path);
            int newline = text.IndexOf('\n', StringComparison.Ordinal);
            string title = (newline < 0 ? text : text[..newline]).Trim();
            return new InputArticle(id, text, title.Length == 0 ? null : title, defaultPublished, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new InputArticle(id, null, null, null, path, $"unreadable file: {e.Message}");
        }
    }

    private static IEnumerable<InputArticle> ReadJsonLines(TextReader reader, string origin, DateOnly? defaultPublished)
    {
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return ParseLine(line, $"{origin}:{lineNumber}", lineNumber, defaultPublished);
        }
    }

    private static InputArticle ParseLine(string line, string origin, int lineNumber, DateOnly? defaultPublished)
    {
        string fallbackId = lineNumber.ToString(CultureInfo.InvariantCulture);
        try
        {
            using var json = JsonDocument.Parse(line);
            JsonElement root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new InputArticle(fallbackId, null, null, null, origin, "not a JSON object");
            }

            string id = root.TryGetProperty("id", out var idValue) ? idValue.ToString() : fallbackId;
            if (!root.TryGetProperty("text", out var textValue) || textValue.ValueKind != JsonValueKind.String)
            {
                return new InputArticle(id, null, null, null, origin, "missing \"text\"");
            }

            string? title = root.TryGetProperty("title", out var titleValue) && titleValue.ValueKind == JsonValueKind.String ? titleValue.GetString() : null;
            DateOnly? published = defaultPublished;
            if (root.TryGetProperty("published", out var publishedValue) && publishedValue.ValueKind == JsonValueKind.String)
            {
                string raw = publishedValue.GetString()!;
                if (!DateOnly.TryParseExact(raw.Length >= 10 ? raw[..10] : raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    return new InputArticle(id, null, null, null, origin, $"invalid \"published\": {raw}");
                }

                published = parsed;
            }

            return new InputArticle(id, textValue.GetString(), title, published, origin);
        }
        catch (JsonException e)
        {
            return new InputArticle(fallbackId, null, null, null, origin, $"invalid JSON: {e.Message}");
        }
    }
}
