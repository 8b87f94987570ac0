using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NewsNlp.Cli.Input;

namespace NewsNlp.Cli.Evaluation;

/// <summary>
/// Reads the event corpus (<c>data/annotations/events/*.jsonl</c>: references plus labels, never
/// text) and joins it with the source texts under a data folder (<c>../shared/data</c>): the
/// record <c>doc</c> of <c>news/news.jsonl</c> or <c>news-events/&lt;source&gt;.jsonl</c>. A sentence
/// counts only when the SHA-1 of its text starts with its <c>sha1</c> (10 hex digits). Offsets count
/// UTF-16 code units, which equal the annotation tool's code points while the texts hold no
/// character outside the Basic Multilingual Plane (true of every source today; a mismatch shows as
/// a checksum problem).
/// </summary>
internal static class EventCorpusReader
{
    /// <summary>Reads the corpus files (a .jsonl file or a folder of them, not recursing) and joins them with the texts under <paramref name="dataRoot"/>.</summary>
    public static EventCorpus Read(IEnumerable<string> corpusPaths, string dataRoot)
    {
        var raw = new List<(CorpusSentence Sentence, string Sha1, string? OwnText)>();
        foreach (string path in corpusPaths.SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p, "*.jsonl").Order(StringComparer.Ordinal) : (IEnumerable<string>)[p]))
        {
            foreach (string line in File.ReadLines(path))
            {
                if (line.Length > 0)
                {
                    raw.Add(ParseSentence(line));
                }
            }
        }

        var wanted = raw.Where(r => r.OwnText is null).Select(r => r.Sentence).GroupBy(s => s.Source).ToDictionary(g => g.Key, g => g.Select(s => s.Doc).ToHashSet(StringComparer.Ordinal));
        var documents = new Dictionary<string, CorpusDocument>(StringComparer.Ordinal);
        var heldOut = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string source, HashSet<string> ids) in wanted)
        {
            string file = source == "news" ? Path.Combine(dataRoot, "news", "news.jsonl") : Path.Combine(dataRoot, "news-events", source + ".jsonl");
            if (File.Exists(file))
            {
                LoadDocuments(file, source, ids, documents, heldOut);
            }
        }

        var sentences = ImmutableArray.CreateBuilder<CorpusSentence>();
        var synthetic = ImmutableArray.CreateBuilder<CorpusSentence>();
        var problems = ImmutableArray.CreateBuilder<string>();
        var seen = new HashSet<(string, int, int)>();
        foreach ((CorpusSentence sentence, string sha1, string? ownText) in raw)
        {
            string where = $"{sentence.ArticleKey} [{sentence.Start}, {sentence.End})";
            if (ownText is not null)
            {
                // A synthetic sentence carries its own text (offsets into it): training only, never scored.
                if (Sha1Prefix(ownText).Equals(sha1, StringComparison.OrdinalIgnoreCase))
                {
                    documents[sentence.ArticleKey] = new CorpusDocument(sentence.ArticleKey, ownText, null, null);
                    synthetic.Add(sentence);
                }
                else
                {
                    problems.Add($"{where}: synthetic text does not match sha1 {sha1}");
                }
            }
            else if (heldOut.Contains(sentence.ArticleKey))
            {
                problems.Add($"{where}: held-out source, left out");
            }
            else if (!documents.TryGetValue(sentence.ArticleKey, out CorpusDocument? document))
            {
                problems.Add($"{where}: no such document under {dataRoot}");
            }
            else if (sentence.End > document.Text.Length || sentence.Start < 0 || sentence.Start >= sentence.End)
            {
                problems.Add($"{where}: offsets outside the text");
            }
            else if (!Sha1Prefix(document.Text[sentence.Start..sentence.End]).Equals(sha1, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{where}: text does not match sha1 {sha1}");
            }
            else if (!seen.Add((sentence.ArticleKey, sentence.Start, sentence.End)))
            {
                problems.Add($"{where}: annotated twice, the first kept");
            }
            else
            {
                sentences.Add(sentence);
            }
        }

        return new EventCorpus(sentences.ToImmutable(), documents, problems.ToImmutable(), synthetic.ToImmutable());
    }

    /// <summary>The first ten hex digits (lower case) of the SHA-1 of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static string Sha1Prefix(string text) => Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(text)))[..10];

    private static (CorpusSentence, string, string?) ParseSentence(string line)
    {
        using JsonDocument json = JsonDocument.Parse(line);
        JsonElement root = json.RootElement;
        var events = ImmutableArray.CreateBuilder<CorpusEvent>();
        foreach (JsonElement e in root.GetProperty("events").EnumerateArray())
        {
            JsonElement trigger = e.GetProperty("trigger");
            events.Add(new CorpusEvent(
                e.GetProperty("type").GetString()!,
                trigger[0].GetInt32(),
                trigger[1].GetInt32(),
                Participants(e, "actors"),
                Participants(e, "targets"),
                e.TryGetProperty("polarity", out JsonElement polarity) ? polarity.GetString() ?? "positive" : "positive",
                e.TryGetProperty("modality", out JsonElement modality) ? modality.GetString() ?? "asserted" : "asserted",
                e.GetProperty("in_scope").GetBoolean(),
                e.TryGetProperty("optional", out JsonElement optional) && optional.GetBoolean()));
        }

        var sentence = new CorpusSentence(
            root.GetProperty("source").GetString()!,
            root.GetProperty("doc").GetString()!,
            root.GetProperty("start").GetInt32(),
            root.GetProperty("end").GetInt32(),
            root.TryGetProperty("annotator", out JsonElement annotator) ? annotator.GetString() ?? "" : "",
            events.ToImmutable());
        bool isSynthetic = root.TryGetProperty("synthetic", out JsonElement flag) && flag.ValueKind == JsonValueKind.True;
        string? ownText = isSynthetic && root.TryGetProperty("text", out JsonElement text) ? text.GetString() : null;
        return (sentence, root.GetProperty("sha1").GetString()!, ownText);
    }

    private static ImmutableArray<CorpusParticipant> Participants(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out JsonElement list) || list.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<CorpusParticipant>();
        foreach (JsonElement p in list.EnumerateArray())
        {
            JsonElement span = p.GetProperty("span");
            bool named = span.ValueKind == JsonValueKind.Array;
            string? code = p.TryGetProperty("code", out JsonElement c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            result.Add(new CorpusParticipant(named ? span[0].GetInt32() : -1, named ? span[1].GetInt32() : -1, code, p.GetProperty("kind").GetString() ?? "unknown"));
        }

        return result.ToImmutable();
    }

    private static void LoadDocuments(string file, string source, HashSet<string> ids, Dictionary<string, CorpusDocument> documents, HashSet<string> heldOut)
    {
        foreach (string line in File.ReadLines(file))
        {
            using JsonDocument json = JsonDocument.Parse(line);
            JsonElement root = json.RootElement;
            string id = root.GetProperty("id").GetString()!;
            if (!ids.Contains(id))
            {
                continue;
            }

            string key = source + "/" + id;
            // Held out by the project's rules: news records from the 2019-2020 Wikinews collections.
            string recordSource = root.TryGetProperty("source", out JsonElement s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : "";
            if (recordSource.Contains("wikinews_2019.csv", StringComparison.Ordinal) || recordSource.Contains("wikinews_2020.csv", StringComparison.Ordinal))
            {
                heldOut.Add(key);
                continue;
            }

            string? title = root.TryGetProperty("title", out JsonElement t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            DateOnly? published = root.TryGetProperty("published", out JsonElement p) && p.ValueKind == JsonValueKind.String
                && ItemParser.TryParsePublished(p.GetString()!, out DateOnly day) ? day : null;
            documents[key] = new CorpusDocument(key, root.GetProperty("text").GetString()!, title, published);
        }
    }
}
