using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace NewsNlp.Tests.Extraction.Casualties.Evaluation;

/// <summary>
/// Scores the casualty stage on the casualty set through the public API only: each referenced
/// article is extracted once with <see cref="NewsExtractor.Extract"/>, and a sentence's system
/// items are the casualty records whose evidence overlaps the sentence.
/// </summary>
/// <remarks>
/// Count and kind: a system item matches a gold item of the same kind and count (one to one,
/// required items first). Optional gold items never count for or against. Gold items of scope
/// hypothetical or misstatement are counts the library drops by design (docs/record-contract.md):
/// they are not expected, and a system item matching one is a false positive. Field accuracies
/// (bounds, groups, place, scope) are over matched required pairs.
/// </remarks>
public static class CasualtyEvaluation
{
    /// <summary>Scopes the library does not report.</summary>
    public static readonly ImmutableHashSet<string> DroppedScopes = ["hypothetical", "misstatement"];

    /// <summary>
    /// Fresh batches kept unread for an unseen check: scored like the report split, their errors never listed. A batch leaves this
    /// list when a session decides to read it (and draws the next one first).
    /// </summary>
    public static readonly ImmutableHashSet<string> UnreadSplits = ["dev18"];

    /// <summary>The splits in table order; "all" sums every split.</summary>
    public static readonly ImmutableArray<string> Splits = ["dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "report"];

    /// <summary>
    /// Scores every split; <paramref name="errors"/> holds one log per split whose errors may be
    /// listed (the development splits: never the report split, which is scored, not read).
    /// </summary>
    public static IReadOnlyDictionary<string, Score> Run(
        NewsExtractor extractor, IReadOnlyList<AnnotatedSentence> sentences, IReadOnlyDictionary<string, SourceArticle> articles, IReadOnlyDictionary<string, StringBuilder> errors) =>
        Run(extractor, sentences, articles, errors, new CasualtyBreakdown());

    /// <summary>
    /// Scores every split as <see cref="Run(NewsExtractor, IReadOnlyList{AnnotatedSentence}, IReadOnlyDictionary{string, SourceArticle}, IReadOnlyDictionary{string, StringBuilder})"/>
    /// does, and tallies each outcome into <paramref name="breakdown"/> too (by half, source, kind and scope).
    /// </summary>
    public static IReadOnlyDictionary<string, Score> Run(
        NewsExtractor extractor, IReadOnlyList<AnnotatedSentence> sentences, IReadOnlyDictionary<string, SourceArticle> articles, IReadOnlyDictionary<string, StringBuilder> errors,
        CasualtyBreakdown breakdown)
    {
        var records = new Dictionary<string, ArticleRecord>(StringComparer.Ordinal);
        var scores = new Dictionary<string, Score>(StringComparer.Ordinal);
        foreach (AnnotatedSentence sentence in sentences)
        {
            string key = sentence.Source + ":" + sentence.Doc;
            SourceArticle article = articles[key];
            if (!records.TryGetValue(key, out ArticleRecord? record))
            {
                record = extractor.Extract(article.Text, new ArticleContext { Id = article.Id, Title = article.Title, Published = article.Published });
                records[key] = record;
            }

            // A record belongs to the sentence when the sentence states its count: at the evidence or at a repeat
            // merged into it (CasualtyRecord.Mentions; GUIDELINES: a repeated count is one item, and the set labels
            // each sentence that states it).
            var system = record.Casualties.Where(c => StatedIn(c, sentence)).ToList();
            Score score = scores.TryGetValue(sentence.Split, out Score? s) ? s : scores[sentence.Split] = new Score();
            StringBuilder? log = errors.GetValueOrDefault(sentence.Split);
            var elsewhere = record.Casualties.Where(c => !StatedIn(c, sentence)).ToList();
            Compare(sentence, article.Text, system, elsewhere, (kind, scope) => [score, .. breakdown.Cells(sentence, kind, scope)], log);

            // The figure before session 14, kept for comparison: only the record's evidence span places it.
            var atEvidence = record.Casualties.Where(c => Overlaps(c.Start, c.End, sentence)).ToList();
            var notAtEvidence = record.Casualties.Where(c => !Overlaps(c.Start, c.End, sentence)).ToList();
            Compare(sentence, article.Text, atEvidence, notAtEvidence, (_, _) => [score.EvidenceOnly], null);
        }

        foreach (Score score in scores.Values.ToList())
        {
            scores["all"] = (scores.TryGetValue("all", out Score? all) ? all : new Score()).Add(score);
        }

        return scores;
    }

    private static bool Overlaps(int start, int end, AnnotatedSentence sentence) => start < sentence.End && end > sentence.Start;

    private static bool StatedIn(CasualtyRecord record, AnnotatedSentence sentence) =>
        Overlaps(record.Start, record.End, sentence) || record.Mentions.Any(m => Overlaps(m.Start, m.End, sentence));

    private static void Compare(
        AnnotatedSentence sentence, string text, List<CasualtyRecord> system, List<CasualtyRecord> elsewhere, Func<string, string, IReadOnlyList<Score>> scoresFor, StringBuilder? log)
    {
        List<AnnotatedCasualty> gold = [.. sentence.Casualties.Where(g => !g.Optional && !DroppedScopes.Contains(g.Scope)),
                                       .. sentence.Casualties.Where(g => g.Optional || DroppedScopes.Contains(g.Scope))];
        var used = new bool[gold.Count];
        var lines = new List<string>();
        foreach (CasualtyRecord item in system)
        {
            int match = -1;
            for (int i = 0; i < gold.Count && match < 0; i++)
            {
                if (!used[i] && gold[i].Kind == item.Kind && gold[i].Count == item.Count)
                {
                    match = i;
                }
            }

            if (match < 0)
            {
                Each(scoresFor(item.Kind, item.Scope), s => s.FalsePositives++);
                lines.Add($"  FP {Describe(item)}  \"{item.Text}\"");
                continue;
            }

            used[match] = true;
            AnnotatedCasualty g = gold[match];
            if (g.Optional)
            {
                continue;
            }

            if (DroppedScopes.Contains(g.Scope))
            {
                Each(scoresFor(item.Kind, item.Scope), s => s.FalsePositives++);
                lines.Add($"  FP-{g.Scope} {Describe(item)}");
                continue;
            }

            IReadOnlyList<Score> scores = scoresFor(g.Kind, g.Scope);
            Each(scores, s => s.TruePositives++);
            // An exact count is written either with no bounds (this set) or with min = max = count (dev30): the same.
            (int? min, int? max) = item.Min == item.Count && item.Max == item.Count ? (null, null) : (item.Min, item.Max);
            (int? goldMin, int? goldMax) = g.Min == g.Count && g.Max == g.Count ? (null, null) : (g.Min, g.Max);
            FieldTally.Tally(scores, "bounds", goldMin == min && goldMax == max && g.Approximate == item.Approximate, lines, () => $"bounds gold {g.Min}/{g.Max}/{g.Approximate} sys {item.Min}/{item.Max}/{item.Approximate} {Describe(item)}");
            FieldTally.Tally(scores, "groups", g.Groups.Order().SequenceEqual(item.Groups.Order()), lines, () => $"groups gold [{string.Join(",", g.Groups)}] sys [{string.Join(",", item.Groups)}] {Describe(item)}");
            FieldTally.Tally(scores, "place", g.Place == item.Country, lines, () => $"place gold {g.Place ?? "null"} sys {item.Country ?? "null"} {Describe(item)}");
            FieldTally.Tally(scores, "scope", g.Scope == item.Scope, lines, () => $"scope gold {g.Scope} sys {item.Scope} {Describe(item)}");
        }

        for (int i = 0; i < gold.Count; i++)
        {
            if (!used[i] && !gold[i].Optional && !DroppedScopes.Contains(gold[i].Scope))
            {
                AnnotatedCasualty g = gold[i];
                IReadOnlyList<Score> scores = scoresFor(g.Kind, g.Scope);
                Each(scores, s => s.FalseNegatives++);
                bool repeat = elsewhere.Any(c => c.Kind == g.Kind && c.Count == g.Count);
                if (repeat)
                {
                    // The article's records carry this kind and count, stated in another sentence only: the
                    // record's mentions do not include this one (the repeat was not read here, or not merged).
                    Each(scores, s => s.RepeatsElsewhere++);
                }

                lines.Add($"  FN {g.Kind}:{g.Count?.ToString(CultureInfo.InvariantCulture) ?? "-"} scope {g.Scope} place {g.Place ?? "null"} [{string.Join(",", g.Groups)}]{(repeat ? " (same kind and count elsewhere)" : "")}");
            }
        }

        if (log is not null && lines.Count > 0)
        {
            log.AppendLine($"{sentence.Source}:{sentence.Doc} [{sentence.Start},{sentence.End}] {text[sentence.Start..sentence.End].ReplaceLineEndings(" ")}");
            foreach (string line in lines)
            {
                log.AppendLine(line);
            }
        }
    }

    private static void Each(IReadOnlyList<Score> scores, Action<Score> tally)
    {
        foreach (Score s in scores)
        {
            tally(s);
        }
    }

    private static string Describe(CasualtyRecord r) =>
        $"{r.Kind}:{r.Count?.ToString(CultureInfo.InvariantCulture) ?? "-"}";

    /// <summary>Count-and-kind tallies and field accuracies of one split.</summary>
    public sealed class Score
    {
        /// <summary>System items matching a required gold item.</summary>
        public int TruePositives { get; set; }

        /// <summary>System items matching nothing required.</summary>
        public int FalsePositives { get; set; }

        /// <summary>Required gold items not found.</summary>
        public int FalseNegatives { get; set; }

        /// <summary>Missed gold items whose kind and count the article's records carry with evidence in another sentence (a merged repeat).</summary>
        public int RepeatsElsewhere { get; set; }

        /// <summary>F1 when a merged repeat counts as found.</summary>
        public double F1WithRepeats
        {
            get
            {
                double p = TruePositives + RepeatsElsewhere + FalsePositives == 0 ? 1 : (double)(TruePositives + RepeatsElsewhere) / (TruePositives + RepeatsElsewhere + FalsePositives);
                double r = TruePositives + FalseNegatives == 0 ? 1 : (double)(TruePositives + RepeatsElsewhere) / (TruePositives + FalseNegatives);
                return p + r == 0 ? 0 : 2 * p * r / (p + r);
            }
        }

        /// <summary>Field accuracies over matched pairs.</summary>
        public FieldTally Fields { get; } = new();

        /// <summary>
        /// The same tallies when a record counts only in the sentence of its evidence span, not at the repeats
        /// merged into it (the evaluation before session 14).
        /// </summary>
        public Score EvidenceOnly => evidenceOnly ??= new Score(isEvidenceOnly: true);

        private readonly bool isEvidenceOnly;
        private Score? evidenceOnly;

        /// <summary>An empty score.</summary>
        public Score()
        {
        }

        private Score(bool isEvidenceOnly) => this.isEvidenceOnly = isEvidenceOnly;

        /// <summary>Precision.</summary>
        public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

        /// <summary>Recall.</summary>
        public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

        /// <summary>F1.</summary>
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        /// <summary>This score plus <paramref name="other"/>.</summary>
        public Score Add(Score other)
        {
            var sum = new Score
            {
                TruePositives = TruePositives + other.TruePositives,
                FalsePositives = FalsePositives + other.FalsePositives,
                FalseNegatives = FalseNegatives + other.FalseNegatives,
                RepeatsElsewhere = RepeatsElsewhere + other.RepeatsElsewhere,
            };
            foreach ((string field, (int right, int total)) in Fields.Counts.Concat(other.Fields.Counts))
            {
                sum.Fields.Counts[field] = sum.Fields.Counts.TryGetValue(field, out var c) ? (c.Right + right, c.Total + total) : (right, total);
            }

            if (!isEvidenceOnly && (evidenceOnly is not null || other.evidenceOnly is not null))
            {
                sum.evidenceOnly = EvidenceOnly.Add(other.EvidenceOnly);
            }

            return sum;
        }
    }

    /// <summary>Right and total per field.</summary>
    public sealed class FieldTally
    {
        /// <summary>(right, total) per field name.</summary>
        public Dictionary<string, (int Right, int Total)> Counts { get; } = new(StringComparer.Ordinal);

        /// <summary>The accuracy of <paramref name="field"/>, or NaN when no pair was scored.</summary>
        public double Accuracy(string field) => Counts.TryGetValue(field, out var c) && c.Total > 0 ? (double)c.Right / c.Total : double.NaN;

        /// <summary>Counts one pair in every score of <paramref name="scores"/>; logs a wrong field once.</summary>
        public static void Tally(IReadOnlyList<Score> scores, string field, bool right, List<string> lines, Func<string> describe)
        {
            foreach (Score score in scores)
            {
                Dictionary<string, (int Right, int Total)> counts = score.Fields.Counts;
                (int r, int t) = counts.TryGetValue(field, out var c) ? c : (0, 0);
                counts[field] = (r + (right ? 1 : 0), t + 1);
            }

            if (!right)
            {
                lines.Add("  " + describe());
            }
        }
    }

    /// <summary>A Markdown table of the scores: one row per split.</summary>
    public static string Table(IReadOnlyDictionary<string, Score> scores)
    {
        var table = new StringBuilder();
        table.AppendLine("| split | TP | FP | FN | count+kind P | R | F1 | FN with the kind and count elsewhere | F1 counting them | bounds | groups | place | scope | evidence only: TP/FP/FN | F1 |");
        table.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (string split in Splits.Append("all").Where(scores.ContainsKey))
        {
            Score s = scores[split];
            table.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {split} | {s.TruePositives} | {s.FalsePositives} | {s.FalseNegatives} | {s.Precision:0.000} | {s.Recall:0.000} | {s.F1:0.000} | {s.RepeatsElsewhere} | {s.F1WithRepeats:0.000} | {s.Fields.Accuracy("bounds"):0.000} | {s.Fields.Accuracy("groups"):0.000} | {s.Fields.Accuracy("place"):0.000} | {s.Fields.Accuracy("scope"):0.000} | {s.EvidenceOnly.TruePositives}/{s.EvidenceOnly.FalsePositives}/{s.EvidenceOnly.FalseNegatives} | {s.EvidenceOnly.F1:0.000} |"));
        }

        return table.ToString();
    }
}
