using System.Globalization;
using System.Text.Json;

namespace NewsNlp.Cli.Input;

/// <summary>Reads JSON Lines: one object per line with <c>id</c>, <c>text</c>, optional <c>title</c> and <c>published</c>; other fields pass through.</summary>
internal static class JsonLinesReader
{
    /// <summary>
    /// Yields one item per non-blank line; items outside <paramref name="shard"/> are skipped unparsed.
    /// <paramref name="onPlainText"/> runs once when the first non-blank line does not start with <c>{</c> (plain text piped in by mistake).
    /// </summary>
    public static IEnumerable<InputArticle> Read(TextReader reader, string origin, DateOnly? defaultPublished, Shard shard, long maxLineChars = long.MaxValue, Action? onPlainText = null)
    {
        var lines = new LineReader(reader, maxLineChars);
        long lineNumber = 0;
        long index = 0;
        while (lines.TryReadLine(out string line, out bool tooLong))
        {
            lineNumber++;
            if (!tooLong && string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (onPlainText is not null)
            {
                if (!tooLong && !line.AsSpan().TrimStart().StartsWith("{", StringComparison.Ordinal))
                {
                    onPlainText();
                }

                onPlainText = null;
            }

            if (!shard.Contains(index++))
            {
                continue;
            }

            string at = origin + ":" + lineNumber.ToString(CultureInfo.InvariantCulture);
            yield return tooLong
                ? InputArticle.Failed(lineNumber.ToString(CultureInfo.InvariantCulture), at, CliMessages.LineTooLong(maxLineChars))
                : ParseLine(line, at, lineNumber, defaultPublished);
        }
    }

    /// <summary>Parses one line into an article or an error item.</summary>
    public static InputArticle ParseLine(string line, string origin, long lineNumber, DateOnly? defaultPublished)
    {
        string fallbackId = lineNumber.ToString(CultureInfo.InvariantCulture);
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return InputArticle.Failed(fallbackId, origin, CliMessages.InvalidJson(e.Message));
        }

        using (json)
        {
            JsonElement root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return InputArticle.Failed(fallbackId, origin, CliMessages.NotAnObject);
            }

            string id = fallbackId;
            string? text = null;
            string? title = null;
            DateOnly? published = defaultPublished;
            var extras = new List<KeyValuePair<string, string>>();
            string? error = null;
            foreach (JsonProperty property in root.EnumerateObject())
            {
                JsonElement value = property.Value;
                switch (property.Name)
                {
                    case "id":
                        id = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
                        break;
                    case "text":
                        text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                        break;
                    case "title":
                        title = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                        break;
                    case "published":
                        if (value.ValueKind == JsonValueKind.String && ItemParser.TryParsePublished(value.GetString()!, out DateOnly date))
                        {
                            published = date;
                        }
                        else if (value.ValueKind != JsonValueKind.Null)
                        {
                            error ??= CliMessages.InvalidPublished(value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText());
                        }

                        break;
                    default:
                        if (!ItemParser.ReservedNames.Contains(property.Name))
                        {
                            extras.Add(new(property.Name, value.GetRawText()));
                        }

                        break;
                }
            }

            if (text is null)
            {
                return InputArticle.Failed(id, origin, CliMessages.MissingText);
            }

            if (error is not null)
            {
                return InputArticle.Failed(id, origin, error);
            }

            return new InputArticle(id, text, title, published, origin) { Extras = extras };
        }
    }
}
