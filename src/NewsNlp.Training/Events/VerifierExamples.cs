using System.Text.Json;
using NewsNlp.Events;
using NewsNlp.Events.Filters;
using NewsNlp.Pipeline;
using NewsNlp.Text;

namespace NewsNlp.Training.Events;

/// <summary>One candidate event of the pipeline with its verifier features and a label.</summary>
/// <param name="Article">"source/doc": the unit of the cross-validation folds.</param>
/// <param name="Origin">"corpus", "synthetic", "judged" or "rejected" (a corpus candidate the rules rejected): where the label comes from.</param>
/// <param name="Type">The candidate's type.</param>
/// <param name="Label">True when it is a right, in-scope event of its type.</param>
/// <param name="Features">The hashed verifier features (<see cref="VerifierFeatures"/>).</param>
/// <param name="ConflictSentence">Whether the candidate's sentence has a conflict or relations word (the gate's two floors).</param>
/// <param name="Dense">The dense description of the candidate (<see cref="VerifierDense"/>), for a tree learner.</param>
internal sealed record VerifierExample(string Article, string Origin, string Type, bool Label, int[] Features, bool ConflictSentence, float[] Dense);

/// <summary>
/// Runs the pipeline, with the verifier switched off, over the articles of the event corpus and of the hand-judged output events,
/// and labels every candidate that reaches the verifier: in the corpus by the annotated mentions of its sentence (an in-scope
/// mention of its type whose trigger overlaps it, or failing an overlapping mention of the type, any in-scope mention of the
/// type in the sentence; "optional" mentions count as in scope), in the judged files by the judged event of its type whose
/// parties include its own (right when the judge found a real or optional event of the right type).
/// </summary>
internal sealed class VerifierExamples
{
    private readonly List<(Document Document, bool Conflict, TriggerMatch Trigger, EventCandidate Candidate, int[] Features, float[] Dense)> seen = [];
    private readonly ExtractionPipeline pipeline;
    private Document? current;

    private string article = "";

    private readonly List<(Document Document, bool Conflict, TriggerMatch Trigger, EventCandidate Candidate, int[] Features, float[] Dense)> rejectedSeen = [];

    private readonly Func<string, EventClassifierModel?> scopeFor;

    private readonly VerifierExtras extras;

    private VerifierExamples(Func<string, EventClassifierModel?> scopeFor, bool rejectedToo, VerifierExtras extras)
    {
        this.scopeFor = scopeFor;
        this.extras = extras;
        pipeline = ExtractionPipeline.Create(events: new EventExtractor
        {
            VerifierFloor = 0f,
            CandidateObserver = (document, sentence, trigger, candidate, cues) => seen.Add(Observe(document, sentence, trigger, candidate, cues)),
            RejectedObserver = rejectedToo
                ? (document, sentence, trigger, candidate, cues) => rejectedSeen.Add(Observe(document, sentence, trigger, candidate, cues))
                : null,
        });
    }

    /// <summary>A candidate's features as training sees them.</summary>
    private (Document Document, bool Conflict, TriggerMatch Trigger, EventCandidate Candidate, int[] Features, float[] Dense) Observe(
        Document document, Sentence sentence, TriggerMatch trigger, EventCandidate candidate, VerifierCues cues)
    {
        var features = new List<int>(512);
        // Stacking: the scope probability of a training candidate comes from a scope model that never saw its article.
        EventClassifierModel? scope = scopeFor(article);
        VerifierCues outOfFold = float.IsNaN(cues.ScopeProbability) ? cues
            : cues with { ScopeProbability = scope is null ? float.NaN : EventScope.Probability(scope, document, sentence, trigger) };
        VerifierFeatures.Collect(document, sentence, trigger, candidate, outOfFold, features);
        VerifierExtraFeatures.Collect(extras, document, sentence, trigger, candidate, outOfFold, features);
        var dense = new float[VerifierDense.Length];
        VerifierDense.Collect(document, sentence, trigger, candidate, outOfFold, dense);
        return (document, cues.SentenceHasConflictWord, trigger, candidate, [.. features], dense);
    }

    /// <summary>Reads and labels the examples.</summary>
    /// <param name="corpusFiles">Event corpus files (<c>data/annotations/events/*.jsonl</c>).</param>
    /// <param name="judgedFiles">Judged output events (<c>data/annotations/judged/events-*.jsonl</c>).</param>
    /// <param name="dataFolder">The folder holding <c>news/news.jsonl</c> and <c>news-events/</c>.</param>
    /// <param name="keep">Decides by article key ("source/doc") and doc id whether an article may be used.</param>
    /// <param name="scopeFor">The scope model whose probability a candidate of an article ("source/doc") reads: one that was not trained on that article; null drops the feature.</param>
    /// <param name="rejectedToo">Also label the candidates the rules rejected (corpus articles only): more examples of what is no event.</param>
    /// <param name="extras">Feature groups tried beyond the shipped ones.</param>
    public static List<VerifierExample> Read(IEnumerable<string> corpusFiles, IEnumerable<string> judgedFiles, string dataFolder, Func<string, string, bool> keep, Func<string, EventClassifierModel?> scopeFor, bool rejectedToo = false, VerifierExtras extras = VerifierExtras.None)
    {
        (var corpus, List<JsonElement> synthetic) = CorpusRecords.Rows(corpusFiles, keep);

        var judged = new Dictionary<string, List<JsonElement>>(StringComparer.Ordinal);
        foreach (JsonElement row in judgedFiles.SelectMany(Rows))
        {
            string key = "news/" + row.GetProperty("doc").GetString();
            if (keep(key, row.GetProperty("doc").GetString()!))
            {
                (judged.TryGetValue(key, out var rows) ? rows : judged[key] = []).Add(row);
            }
        }

        var reader = new VerifierExamples(scopeFor, rejectedToo, extras);
        var examples = new List<VerifierExample>();
        // Judged events are all of news.jsonl.
        foreach (string source in corpus.Keys.Append(judged.Count > 0 ? "news" : null).OfType<string>().Distinct().Order(StringComparer.Ordinal))
        {
            Dictionary<string, List<JsonElement>> docs = corpus.GetValueOrDefault(source) ?? [];
            foreach ((string id, JsonElement record) in CorpusRecords.Of(dataFolder, source))
            {
                string key = source + "/" + id;
                if (!docs.TryGetValue(id, out List<JsonElement>? rows) && !judged.ContainsKey(key))
                {
                    continue;
                }

                reader.article = key;
                reader.Run(record.GetProperty("text").GetString()!, CorpusRecords.Published(record), Title(record));
                if (rows is not null)
                {
                    reader.LabelByCorpus(key, "corpus", rows, examples);
                    reader.LabelByCorpus(key, "rejected", rows, examples, reader.rejectedSeen);
                }

                if (judged.TryGetValue(key, out rows))
                {
                    reader.LabelByJudgement(key, rows, examples);
                }
            }
        }

        for (int i = 0; i < synthetic.Count; i++)
        {
            // Sentences written to the guidelines: training only, each its own article.
            reader.article = "synthetic/" + i;
            reader.Run(synthetic[i].GetProperty("text").GetString()!, null, null);
            reader.LabelByCorpus("synthetic/" + i, "synthetic", [synthetic[i]], examples);
        }

        return examples;
    }

    private static IEnumerable<JsonElement> Rows(string file) =>
        File.ReadLines(file).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => JsonDocument.Parse(l).RootElement.Clone());

    private static string? Title(JsonElement record) =>
        record.TryGetProperty("title", out JsonElement t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;

    private void Run(string text, DateOnly? published, string? title)
    {
        // The candidates' document stays open until the next article: labelling reads its token offsets.
        current?.Dispose();
        seen.Clear();
        rejectedSeen.Clear();
        current = Document.Analyze(text, new ArticleContext { Published = published, Title = title });
        pipeline.Run(current);
    }

    private void LabelByCorpus(string key, string origin, List<JsonElement> rows, List<VerifierExample> output,
        List<(Document Document, bool Conflict, TriggerMatch Trigger, EventCandidate Candidate, int[] Features, float[] Dense)>? from = null)
    {
        foreach (var (document, conflict, trigger, candidate, features, dense) in from ?? seen)
        {
            int start = document.Tokens[trigger.FirstToken].Start;
            int end = document.Tokens[trigger.LastToken].End;
            int at = rows.FindIndex(r => r.GetProperty("start").GetInt32() <= start && start < r.GetProperty("end").GetInt32());
            if (at < 0)
            {
                continue;
            }

            JsonElement sentence = rows[at];

            bool overlapIn = false, overlapOut = false, anyIn = false;
            foreach (JsonElement e in sentence.GetProperty("events").EnumerateArray())
            {
                if (e.GetProperty("type").GetString() != candidate.Type)
                {
                    continue;
                }

                bool inScope = e.GetProperty("in_scope").GetBoolean();
                JsonElement span = e.GetProperty("trigger");
                bool overlaps = span[0].GetInt32() < end && start < span[1].GetInt32();
                overlapIn |= overlaps && inScope;
                overlapOut |= overlaps && !inScope;
                anyIn |= inScope;
            }

            bool label = overlapIn || (anyIn && !overlapOut);
            output.Add(new VerifierExample(key, origin, candidate.Type, label, features, conflict, dense));
        }
    }

    private void LabelByJudgement(string key, List<JsonElement> rows, List<VerifierExample> output)
    {
        foreach (var (_, conflict, _, candidate, features, dense) in seen)
        {
            var labels = new HashSet<bool>();
            foreach (JsonElement row in rows)
            {
                if (row.GetProperty("type").GetString() != candidate.Type)
                {
                    continue;
                }

                var parties = row.GetProperty("actors").EnumerateArray().Concat(row.GetProperty("targets").EnumerateArray()).Select(c => c.GetString()!).ToHashSet(StringComparer.Ordinal);
                if (candidate.Participants.All(parties.Contains) && (parties.Count == 0 || candidate.Participants.Any()))
                {
                    labels.Add(IsRight(row));
                }
            }

            if (labels.Count == 1)
            {
                output.Add(new VerifierExample(key, "judged", candidate.Type, labels.First(), features, conflict, dense));
            }
        }
    }

    /// <summary>A real event, or one the guidelines make optional, of the right type ("optional" type counts right).</summary>
    private static bool IsRight(JsonElement row)
    {
        JsonElement ok = row.GetProperty("event_ok");
        JsonElement type = row.GetProperty("type_ok");
        return ok.ValueKind != JsonValueKind.False && type.ValueKind != JsonValueKind.False && type.ValueKind != JsonValueKind.Null;
    }
}
