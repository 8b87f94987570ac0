using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsNlp.Events;
using NewsNlp.Text;

namespace NewsNlp.Training.Events;

/// <summary>
/// The tables of <c>explain-events</c>: missed corpus events by type and stage (<see cref="EventLossAttribution"/>), and the gold
/// argument codes the matched events lack, by role and by whether a participant with that code stands in the sentence.
/// </summary>
internal sealed class LossReport
{
    /// <summary>The header of <see cref="Lines"/>.</summary>
    public const string Header = "class\tdetail\ttype\tarticle\tstart\tend\ttrigger\tsystem_trigger\tsystem_parties\tgold_parties\tsentence";

    private readonly SortedDictionary<(string Type, string Class), int> losses = [];
    private readonly SortedDictionary<string, int> details = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> arguments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Gold, int Found)> required = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, (int Gold, int False)> drops = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, (int Gold, int False)> dropsByPattern = new(StringComparer.Ordinal);

    /// <summary>
    /// The TSV lines of <see cref="AuditDrops"/> broken down by type and trigger pattern (stage, type, pattern, gold, false), header
    /// first: which words a stage over-drops, so a fix can learn from the training split rather than from single errors.
    /// </summary>
    public List<string> DropLines { get; } = ["stage\ttype\tpattern\tgold\ttrigger\tsentence"];

    /// <summary>The pattern table (see <see cref="DropLines"/> for each dropped trigger with its sentence).</summary>
    public IEnumerable<string> PatternLines =>
        new[] { "stage\ttype\tpattern\tgold\tfalse" }.Concat(dropsByPattern.OrderByDescending(kv => kv.Value.Gold + kv.Value.False)
            .Select(kv => kv.Key + "\t" + kv.Value.Gold.ToString(CultureInfo.InvariantCulture) + "\t" + kv.Value.False.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The TSV lines of the missed events, header first.</summary>
    public List<string> Lines { get; } = [Header];

    /// <summary>Scores one article: its output events against its annotated rows, with the trace of its triggers.</summary>
    public void Add(string key, Document document, ImmutableArray<EventRecord> events, List<JsonElement> rows, IReadOnlyList<TracedTrigger> traced)
    {
        var index = ActorIndex.Build(document, ExtractedFacts.Of(document));

        // Each output event counts in every annotated sentence that holds most of one of its mentions (as eval-events assigns it).
        var bySentence = rows.Select(_ => new List<(string Type, string[] Actors, string[] Targets)>()).ToList();
        foreach (EventRecord e in events)
        {
            var mentions = e.Mentions.IsDefaultOrEmpty ? [new TextMention(e.Text, e.Start, e.End)] : e.Mentions.AsEnumerable();
            foreach (int r in mentions.Select(m => SentenceOf(rows, m.Start, m.End)).Where(r => r >= 0).Distinct())
            {
                bySentence[r].Add((e.Type, [.. e.Actors], [.. e.Targets]));
            }
        }

        AuditDrops(document.Text, rows, traced);
        for (int r = 0; r < rows.Count; r++)
        {
            var gold = rows[r].GetProperty("events").EnumerateArray().Where(g => g.GetProperty("in_scope").GetBoolean()).ToList();
            var goldKeys = gold.Select(g => (Type(g), g.GetProperty("optional").GetBoolean(), Codes(g, "actors"), Codes(g, "targets"))).ToList();
            int[] matched = EventLossAttribution.Match(goldKeys, bySentence[r]);
            for (int g = 0; g < gold.Count; g++)
            {
                if (goldKeys[g].Item2)
                {
                    continue;
                }

                string type = goldKeys[g].Item1;
                (int Gold, int Found) count = required.GetValueOrDefault(type);
                required[type] = (count.Gold + 1, count.Found + (matched[g] >= 0 ? 1 : 0));
                if (matched[g] >= 0)
                {
                    CountArguments(document, index, rows[r], gold[g], bySentence[r][matched[g]]);
                    continue;
                }

                Miss(key, document, rows[r], gold, g, traced);
            }
        }
    }

    /// <summary>
    /// What each stage drops inside the annotated sentences: a trigger is gold when an in-scope event of its type (optional or not)
    /// has a trigger span overlapping it, false otherwise. A stage that drops more gold than false over-drops.
    /// </summary>
    private void AuditDrops(string text, List<JsonElement> rows, IReadOnlyList<TracedTrigger> traced)
    {
        foreach (TracedTrigger t in traced)
        {
            int r = rows.FindIndex(row => t.Start >= Start(row) && t.Start < End(row));
            if (r < 0)
            {
                continue;
            }

            bool gold = rows[r].GetProperty("events").EnumerateArray().Any(g => g.GetProperty("in_scope").GetBoolean() && Type(g) == t.Type
                && g.GetProperty("trigger").ValueKind == JsonValueKind.Array && Span(g.GetProperty("trigger")) is var (s, e) && s < t.End && e > t.Start);
            string stage = t.Stage switch
            {
                EventStage.Rule or EventStage.Builder => t.Stage + ": " + t.Detail,
                _ => t.Stage.ToString(),
            };
            (int Gold, int False) c = drops.GetValueOrDefault(stage);
            drops[stage] = gold ? (c.Gold + 1, c.False) : (c.Gold, c.False + 1);
            string key = stage + "\t" + t.Type + "\t" + t.Pattern;
            (int Gold, int False) p = dropsByPattern.GetValueOrDefault(key);
            dropsByPattern[key] = gold ? (p.Gold + 1, p.False) : (p.Gold, p.False + 1);
            if (t.Stage != EventStage.Kept)
            {
                DropLines.Add(key + "\t" + (gold ? "gold" : "false") + "\t" + Clean(text[t.Start..t.End]) + "\t" + Clean(text[Start(rows[r])..End(rows[r])]));
            }
        }
    }

    private void Miss(string key, Document document, JsonElement row, List<JsonElement> gold, int g, IReadOnlyList<TracedTrigger> traced)
    {
        string type = Type(gold[g]);
        (int start, int end) = Span(gold[g].GetProperty("trigger"));
        var others = gold.Where((o, i) => i != g && Type(o) == type && o.GetProperty("trigger").ValueKind == JsonValueKind.Array)
            .Select(o => Span(o.GetProperty("trigger"))).ToList();
        (string cls, string detail, TracedTrigger? trigger) = EventLossAttribution.Attribute(type, start, end, Start(row), End(row), others, traced);
        losses[(type, cls)] = losses.GetValueOrDefault((type, cls)) + 1;
        if (detail.Length > 0 && !cls.StartsWith("a'", StringComparison.Ordinal))
        {
            string d = cls[..1] + " " + (cls[0] == 'e' ? Bucket(detail) : detail);
            details[d] = details.GetValueOrDefault(d) + 1;
        }

        string parties = string.Join(',', Codes(gold[g], "actors")) + ">" + string.Join(',', Codes(gold[g], "targets"));
        Lines.Add(string.Join('\t', cls, detail, type, key, start.ToString(CultureInfo.InvariantCulture), end.ToString(CultureInfo.InvariantCulture),
            Clean(start < end ? document.Text[start..end] : ""), trigger?.Pattern ?? "", trigger?.Parties ?? "", parties, Clean(document.Text[Start(row)..End(row)])));
    }

    // Verifier probabilities in tenths: how far below the floor the lost events are.
    private static string Bucket(string probability) =>
        "p " + (Math.Floor(double.Parse(probability, CultureInfo.InvariantCulture) * 10) / 10).ToString("0.0", CultureInfo.InvariantCulture);

    private void CountArguments(Document document, ActorIndex index, JsonElement row, JsonElement gold, (string Type, string[] Actors, string[] Targets) system)
    {
        foreach ((string role, string[] found) in new[] { ("actors", system.Actors), ("targets", system.Targets) })
        {
            foreach (JsonElement p in gold.GetProperty(role).EnumerateArray())
            {
                if (p.GetProperty("code").ValueKind != JsonValueKind.String)
                {
                    continue;
                }

                string code = p.GetProperty("code").GetString()!;
                string why = found.Contains(code) ? "found"
                    : p.GetProperty("span").ValueKind != JsonValueKind.Array ? "missed: not named in the sentence"
                    : InSentence(document, index, row, code) ? (OtherRole(role, system).Contains(code) ? "missed: in the other role" : "missed: a participant in the sentence, not given the role")
                    : "missed: no participant with the code in the sentence";
                string k = role + "\t" + why;
                arguments[k] = arguments.GetValueOrDefault(k) + 1;
            }

            string[] goldCodes = Codes(gold, role);
            foreach (string code in found.Where(c => !goldCodes.Contains(c)).Distinct())
            {
                string k = role + "\tfalse code";
                arguments[k] = arguments.GetValueOrDefault(k) + 1;
            }
        }
    }

    private static string[] OtherRole(string role, (string Type, string[] Actors, string[] Targets) system) => role == "actors" ? system.Targets : system.Actors;

    private static bool InSentence(Document document, ActorIndex index, JsonElement row, string code) =>
        index.Mentions.Any(m => m.Code == code && document.Tokens[m.FirstToken].Start >= Start(row) && document.Tokens[m.FirstToken].Start < End(row));

    /// <summary>The tables as text.</summary>
    public string Format()
    {
        var text = new StringBuilder();
        text.AppendLine("Missed required in-scope events by type and stage (as eval-events matches them: same type in the sentence)");
        text.Append(CultureInfo.InvariantCulture, $"{"type",-21}{"gold",6}{"found",6}");
        foreach (string c in EventLossAttribution.Classes)
        {
            text.Append(CultureInfo.InvariantCulture, $"{c[..c.IndexOf(' ', StringComparison.Ordinal)],6}");
        }

        text.AppendLine();
        foreach (string type in required.Keys.Order(StringComparer.Ordinal).Append("all"))
        {
            (int gold, int found) = type == "all" ? (required.Values.Sum(v => v.Gold), required.Values.Sum(v => v.Found)) : required[type];
            text.Append(CultureInfo.InvariantCulture, $"{type,-21}{gold,6}{found,6}");
            foreach (string c in EventLossAttribution.Classes)
            {
                int n = type == "all" ? losses.Where(l => l.Key.Class == c).Sum(l => l.Value) : losses.GetValueOrDefault((type, c));
                text.Append(CultureInfo.InvariantCulture, $"{n,6}");
            }

            text.AppendLine();
        }

        text.AppendLine();
        text.AppendLine("Stages: " + string.Join("; ", EventLossAttribution.Classes));
        text.AppendLine();
        text.AppendLine("Details (filter, builder reason, verifier probability), by count");
        foreach ((string d, int n) in details.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{n,6}  {d}");
        }

        text.AppendLine();
        text.AppendLine("Where the traced triggers of the annotated sentences end: gold (an in-scope event of the type overlaps it) / false");
        foreach ((string stage, (int gold, int wrong)) in drops.OrderByDescending(kv => kv.Value.Gold + kv.Value.False))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{gold,6}{wrong,6}  {stage}");
        }

        text.AppendLine();
        text.AppendLine("Arguments of the matched events (gold codes; unnamed participants have no code)");
        foreach ((string k, int n) in arguments)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{n,6}  {k}");
        }

        return text.ToString();
    }

    private static string Type(JsonElement gold) => gold.GetProperty("type").GetString()!;

    private static string[] Codes(JsonElement gold, string role) =>
        [.. gold.GetProperty(role).EnumerateArray().Where(p => p.GetProperty("code").ValueKind == JsonValueKind.String).Select(p => p.GetProperty("code").GetString()!).Distinct()];

    private static (int Start, int End) Span(JsonElement span) => span.ValueKind == JsonValueKind.Array ? (span[0].GetInt32(), span[1].GetInt32()) : (0, 0);

    private static string Clean(string text) => text.ReplaceLineEndings(" ").Replace('\t', ' ');

    /// <summary>The annotated sentence holding most of a span, or -1 when none overlaps it.</summary>
    private static int SentenceOf(List<JsonElement> rows, int start, int end)
    {
        int best = -1, most = 0;
        for (int r = 0; r < rows.Count; r++)
        {
            int overlap = Math.Min(End(rows[r]), end) - Math.Max(Start(rows[r]), start);
            if (overlap > most)
            {
                (best, most) = (r, overlap);
            }
        }

        return best;
    }

    private static int Start(JsonElement row) => row.GetProperty("start").GetInt32();

    private static int End(JsonElement row) => row.GetProperty("end").GetInt32();
}
