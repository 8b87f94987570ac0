using System.Text.Json;
using NewsNlp.Events;
using NewsNlp.Events.Filters;
using NewsNlp.Text;

namespace NewsNlp.Training.Events;

/// <summary>
/// What the four corpus trainers (scope, triggers, roles, verifier) read alike: the corpus rows grouped by source and document,
/// and the source records the rows point into, without the held-out ones.
/// </summary>
internal static class CorpusRecords
{
    /// <summary>The collections the project must never read (the Wikinews 2019 and 2020 CSV records of news.jsonl).</summary>
    private static readonly string[] HeldOutSources = ["wikinews_2019.csv", "wikinews_2020.csv"];

    /// <summary>True when a record's <c>source</c> field names a held-out collection.</summary>
    /// <remarks>Every trainer and command of this tool asks here, so the list lives in one place; case is ignored to stay on the safe side.</remarks>
    public static bool IsHeldOut(string origin) => HeldOutSources.Any(h => origin.Contains(h, StringComparison.OrdinalIgnoreCase));

    /// <summary>The file of a corpus source: "news" is <c>news/news.jsonl</c>, any other name a file of <c>news-events/</c>.</summary>
    public static string PathOf(string dataFolder, string source) =>
        source == "news" ? Path.Combine(dataFolder, "news", "news.jsonl") : Path.Combine(dataFolder, "news-events", source + ".jsonl");

    /// <summary>
    /// The records of <paramref name="source"/> in file order with their ids, held-out ones skipped. Each record is valid until
    /// the next is read (its JSON document is then released).
    /// </summary>
    public static IEnumerable<(string Id, JsonElement Record)> Of(string dataFolder, string source)
    {
        foreach (string line in File.ReadLines(PathOf(dataFolder, source)))
        {
            using JsonDocument parsed = JsonDocument.Parse(line);
            JsonElement record = parsed.RootElement;
            string origin = record.TryGetProperty("source", out JsonElement o) && o.ValueKind == JsonValueKind.String ? o.GetString()! : "";
            if (!IsHeldOut(origin))
            {
                yield return (record.GetProperty("id").GetString()!, record);
            }
        }
    }

    /// <summary>A record's publication day (the first ten characters of its <c>published</c> field), or null.</summary>
    public static DateOnly? Published(JsonElement record) =>
        record.TryGetProperty("published", out JsonElement p) && p.ValueKind == JsonValueKind.String && p.GetString()!.Length >= 10
        && DateOnly.TryParseExact(p.GetString()![..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out DateOnly day) ? day : null;

    /// <summary>
    /// The rows of <paramref name="corpusFiles"/>: those pointing into a source, by source (in ordinal order) and document (rows in
    /// file order), when their article passes <paramref name="keep"/>; and the synthetic ones (a row with its own text), in file order.
    /// </summary>
    public static (SortedDictionary<string, Dictionary<string, List<JsonElement>>> BySource, List<JsonElement> Synthetic) Rows(
        IEnumerable<string> corpusFiles, Func<string, string, bool> keep)
    {
        var bySource = new SortedDictionary<string, Dictionary<string, List<JsonElement>>>(StringComparer.Ordinal);
        var synthetic = new List<JsonElement>();
        foreach (string line in corpusFiles.SelectMany(File.ReadLines).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            JsonElement row = JsonDocument.Parse(line).RootElement.Clone();
            if (row.TryGetProperty("text", out _))
            {
                synthetic.Add(row);
                continue;
            }

            string source = row.GetProperty("source").GetString()!;
            string doc = row.GetProperty("doc").GetString()!;
            if (keep(source + "/" + doc, doc))
            {
                Dictionary<string, List<JsonElement>> docs = bySource.TryGetValue(source, out var d) ? d : bySource[source] = new(StringComparer.Ordinal);
                (docs.TryGetValue(doc, out var rows) ? rows : docs[doc] = []).Add(row);
            }
        }

        return (bySource, synthetic);
    }

    /// <summary>
    /// The trigger-lexicon matches (embedded ones removed, as the extractor does) of the sentences overlapping an annotated span
    /// that start inside it, in text order, with their sentence: what the scope and role trainers label.
    /// </summary>
    public static IEnumerable<(Sentence Sentence, TriggerMatch Trigger)> LexiconTriggers(Document document, int start, int end)
    {
        var triggers = new List<TriggerMatch>();
        foreach (Sentence sentence in document.Sentences)
        {
            if (sentence.End <= start || sentence.Start >= end || sentence.TokenCount == 0)
            {
                continue;
            }

            triggers.Clear();
            TriggerLexicon.Default.Find(document, sentence, triggers);
            EmbeddedTriggers.RemoveEmbedded(document, triggers);
            foreach (TriggerMatch trigger in triggers)
            {
                int at = document.Tokens[trigger.FirstToken].Start;
                if (at >= start && at < end)
                {
                    yield return (sentence, trigger);
                }
            }
        }
    }
}
