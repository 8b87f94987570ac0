using System.Globalization;
using System.Text.Json;

namespace NewsNlp.Cli.Input;

/// <summary>Reads articles from CSV with a header row naming <c>text</c> and optionally <c>id</c>, <c>title</c>, <c>published</c>; other columns pass through as strings.</summary>
internal static class CsvArticleReader
{
    /// <summary>Yields one item per data row; blank rows are skipped.</summary>
    public static IEnumerable<InputArticle> Read(TextReader reader, string origin, DateOnly? defaultPublished, Shard shard)
    {
        var csv = new CsvReader(reader);
        if (!csv.TryReadRecord(out List<string> header, out _, out _))
        {
            yield break;
        }

        int Column(string name) => header.FindIndex(h => string.Equals(h.Trim(), name, StringComparison.OrdinalIgnoreCase));
        int idColumn = Column("id"), textColumn = Column("text"), titleColumn = Column("title"), publishedColumn = Column("published");
        long index = 0;
        while (csv.TryReadRecord(out List<string> fields, out long line, out string? error))
        {
            if (fields.Count == 1 && fields[0].Length == 0 && error is null)
            {
                continue;
            }

            if (!shard.Contains(index++))
            {
                continue;
            }

            string at = origin + ":" + line.ToString(CultureInfo.InvariantCulture);
            string id = idColumn >= 0 && idColumn < fields.Count ? fields[idColumn] : line.ToString(CultureInfo.InvariantCulture);
            if (error is not null)
            {
                yield return InputArticle.Failed(id, at, error);
            }
            else if (textColumn < 0)
            {
                yield return InputArticle.Failed(id, at, CliMessages.MissingTextColumn);
            }
            else if (fields.Count != header.Count)
            {
                yield return InputArticle.Failed(id, at, CliMessages.CsvFieldCount(fields.Count, header.Count));
            }
            else
            {
                yield return ToArticle(header, fields, id, at, defaultPublished, textColumn, titleColumn, publishedColumn, idColumn);
            }
        }
    }

    private static InputArticle ToArticle(List<string> header, List<string> fields, string id, string at, DateOnly? defaultPublished, int textColumn, int titleColumn, int publishedColumn, int idColumn)
    {
        DateOnly? published = defaultPublished;
        if (publishedColumn >= 0 && fields[publishedColumn].Trim().Length > 0)
        {
            if (!ItemParser.TryParsePublished(fields[publishedColumn], out DateOnly date))
            {
                return InputArticle.Failed(id, at, CliMessages.InvalidPublished(fields[publishedColumn]));
            }

            published = date;
        }

        var extras = new List<KeyValuePair<string, string>>();
        for (int i = 0; i < header.Count; i++)
        {
            string name = header[i].Trim();
            if (i != textColumn && i != titleColumn && i != publishedColumn && i != idColumn && name.Length > 0 && !ItemParser.ReservedNames.Contains(name))
            {
                extras.Add(new(name, JsonSerializer.Serialize(fields[i], CsvJsonContext.Default.String)));
            }
        }

        string? title = titleColumn >= 0 && fields[titleColumn].Length > 0 ? fields[titleColumn] : null;
        return new InputArticle(id, fields[textColumn], title, published, at) { Extras = extras };
    }
}
