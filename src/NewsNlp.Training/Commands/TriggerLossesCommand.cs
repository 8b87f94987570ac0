using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NewsNlp.Events;
using NewsNlp.Pipeline;
using NewsNlp.Text;
using NewsNlp.Training.Events;

namespace NewsNlp.Training.Commands;

/// <summary>
/// <c>trigger-losses CORPUS... [--data FOLDER] [--split train|tune] [-o FILE]</c>: where the in-scope events of the event corpus
/// that the extractor misses are lost. Each required gold event no system event of its type matches in its sentence falls in one
/// class: (a) no trigger-lexicon match touches its trigger span; (b) only a match of another type does; (c) a match of its type
/// does and the article's output holds an event of that type with no mention in this sentence (another event, or placed elsewhere); (d) a match
/// of its type does and nothing of the type is output (dropped by the rules, the scope gate or the verifier). The report split is
/// refused: it is scored, never read. Writes one TSV line per lost event (class, type, article, trigger offsets, trigger text).
/// </summary>
internal static class TriggerLossesCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var corpus = new Argument<string[]>("corpus") { Description = "Event corpus files (.jsonl) or folders of them (data/annotations/events).", Arity = ArgumentArity.OneOrMore };
        var data = new Option<string>("--data") { Description = "The folder holding news/news.jsonl and news-events/.", DefaultValueFactory = _ => "../shared/data" };
        var split = new Option<string>("--split") { Description = "train or tune (the report split is never read).", DefaultValueFactory = _ => "train" };
        var output = new Option<string>("--output", "-o") { Description = "TSV file for the lost events.", DefaultValueFactory = _ => "trigger-losses.tsv" };
        var command = new Command("trigger-losses", "Classify the corpus events the extractor misses by where they are lost.") { corpus, data, split, output };
        command.SetAction(parse => Run(parse.GetValue(corpus)!, parse.GetValue(data)!, parse.GetValue(split)!, parse.GetValue(output)!));
        return command;
    }

    private static int Run(string[] paths, string data, string split, string output)
    {
        if (split is not ("train" or "tune"))
        {
            Console.Error.WriteLine("--split must be train or tune: the report split is scored, never read");
            return 2;
        }

        // Synthetic sentences have no article to extract: they are left out.
        (var bySource, _) = CorpusRecords.Rows(CorpusSplit.Files(paths), (key, _) => CorpusSplit.Of(key) == split);
        var extractor = NewsExtractor.Create();
        var pipeline = ExtractionPipeline.Create();
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var lines = new List<string> { "class\ttype\tarticle\tstart\tend\ttrigger\tother_type" };
        foreach ((string source, Dictionary<string, List<JsonElement>> docs) in bySource)
        {
            foreach ((string id, JsonElement record) in CorpusRecords.Of(data, source))
            {
                string key = source + "/" + id;
                if (!docs.TryGetValue(id, out List<JsonElement>? annotated))
                {
                    continue;
                }

                string text = record.GetProperty("text").GetString()!;
                var context = new ArticleContext { Id = key, Title = record.TryGetProperty("title", out JsonElement t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null, Published = Published(record) };
                var events = extractor.Extract(text, context).Events;
                using Document document = Document.Analyze(text, context);
                pipeline.Run(document);
                var matches = new List<TriggerMatch>();
                foreach (Sentence sentence in document.Sentences)
                {
                    TriggerLexicon.Default.Find(document, sentence, matches);
                }

                // Each output event counts in every annotated sentence that holds most of one of its mentions (as eval-events assigns it).
                var assigned = events.Select(e => (e.Mentions.IsDefaultOrEmpty ? [new TextMention(e.Text, e.Start, e.End)] : e.Mentions.AsEnumerable())
                    .Select(m => SentenceOf(annotated, m.Start, m.End)).Where(r => r >= 0).ToHashSet()).ToList();
                for (int r = 0; r < annotated.Count; r++)
                {
                    JsonElement row = annotated[r];
                    var unmatched = events.Where((x, i) => assigned[i].Contains(r)).GroupBy(x => x.Type).ToDictionary(g => g.Key, g => g.Count());
                    foreach (JsonElement gold in row.GetProperty("events").EnumerateArray())
                    {
                        if (!gold.GetProperty("in_scope").GetBoolean() || gold.GetProperty("optional").GetBoolean() || gold.GetProperty("trigger").ValueKind != JsonValueKind.Array)
                        {
                            continue;
                        }

                        string type = gold.GetProperty("type").GetString()!;
                        int s = gold.GetProperty("trigger")[0].GetInt32(), e = gold.GetProperty("trigger")[1].GetInt32();
                        if (unmatched.GetValueOrDefault(type) > 0)
                        {
                            unmatched[type]--;
                            continue;
                        }

                        var touching = matches.Where(m => document.Tokens[m.FirstToken].Start < e && document.Tokens[m.LastToken].End > s).ToList();
                        string lost = touching.Count == 0 ? "a" : !touching.Exists(m => m.Type == type) ? "b"
                            : Enumerable.Range(0, events.Length).Any(i => events[i].Type == type && !assigned[i].Contains(r)) ? "c" : "d";
                        counts[lost + "\t" + type] = counts.GetValueOrDefault(lost + "\t" + type) + 1;
                        lines.Add(string.Join('\t', lost, type, key, s.ToString(CultureInfo.InvariantCulture), e.ToString(CultureInfo.InvariantCulture),
                            text[s..e].ReplaceLineEndings(" "), string.Join(',', touching.Select(m => m.Type).Distinct())));
                    }
                }
            }
        }

        File.WriteAllLines(output, lines);
        foreach ((string k, int n) in counts)
        {
            Console.WriteLine($"{k}\t{n}");
        }

        return 0;
    }

    /// <summary>The annotated sentence holding most of a span, or -1 when none overlaps it.</summary>
    private static int SentenceOf(List<JsonElement> annotated, int start, int end)
    {
        int best = -1, most = 0;
        for (int r = 0; r < annotated.Count; r++)
        {
            int overlap = Math.Min(End(annotated[r]), end) - Math.Max(Start(annotated[r]), start);
            if (overlap > most)
            {
                (best, most) = (r, overlap);
            }
        }

        return best;
    }

    private static int Start(JsonElement row) => row.GetProperty("start").GetInt32();

    private static int End(JsonElement row) => row.GetProperty("end").GetInt32();

    private static DateOnly? Published(JsonElement record) =>
        record.TryGetProperty("published", out JsonElement p) && p.ValueKind == JsonValueKind.String && p.GetString()!.Length >= 10
        && DateOnly.TryParseExact(p.GetString()![..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day) ? day : null;
}
