using System.Globalization;
using System.Text.Json;

namespace NewsNlp.Cli.Evaluation;

/// <summary>One annotated temporal expression; offsets are UTF-16 code units into the document text.</summary>
internal sealed record TimexSpan(int Start, int End, string Text, string Type, string? Value, string? Mod);

/// <summary>One TimeML document of a JSON Lines file (tbaq.jsonl): text, creation date and gold TIMEX3s.</summary>
internal sealed record TimexDocument(string Id, DateOnly? Created, string Text, IReadOnlyList<TimexSpan> Gold)
{
    /// <summary>
    /// The fold (1..<paramref name="folds"/>) of a document id: FNV-1a over "seed:id", so a document
    /// keeps its fold whatever the file order and the runtime's string hashing.
    /// </summary>
    public static int FoldOf(string id, int folds, int seed)
    {
        uint hash = 2166136261;
        foreach (char c in string.Create(CultureInfo.InvariantCulture, $"{seed}:{id}"))
        {
            hash = (hash ^ c) * 16777619;
        }

        return (int)(hash % (uint)folds) + 1;
    }

    /// <summary>Reads every document of <paramref name="path"/>; gold offsets given in code points are turned into UTF-16 offsets.</summary>
    public static List<TimexDocument> ReadAll(string path)
    {
        var documents = new List<TimexDocument>();
        foreach (string line in File.ReadLines(path))
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            using JsonDocument json = JsonDocument.Parse(line);
            JsonElement root = json.RootElement;
            string text = root.GetProperty("text").GetString() ?? "";
            int[] utf16 = CodePointOffsets(text);
            var gold = new List<TimexSpan>();
            foreach (JsonElement t in root.GetProperty("timexes").EnumerateArray())
            {
                int start = utf16[t.GetProperty("start").GetInt32()];
                int end = utf16[t.GetProperty("end").GetInt32()];
                gold.Add(new TimexSpan(start, end, text[start..end], t.GetProperty("type").GetString() ?? "", String(t, "value"), String(t, "mod")));
            }

            DateOnly? created = String(root, "dct") is { } dct && DateOnly.TryParseExact(dct, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d) ? d : null;
            documents.Add(new TimexDocument(root.GetProperty("doc_id").GetString() ?? "", created, text, gold));
        }

        return documents;
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>For each code-point index (and one past the end) the UTF-16 offset it starts at.</summary>
    private static int[] CodePointOffsets(string text)
    {
        var offsets = new List<int>(text.Length + 1);
        for (int i = 0; i < text.Length; i++)
        {
            offsets.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        offsets.Add(text.Length);
        return [.. offsets];
    }
}
