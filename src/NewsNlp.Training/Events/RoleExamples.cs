using System.Text.Json;
using NewsNlp.Events;
using NewsNlp.Events.Arguments;
using NewsNlp.Extraction.Dates;
using NewsNlp.Pipeline;
using NewsNlp.Text;

namespace NewsNlp.Training.Events;

/// <summary>One participant mention of one candidate: its code, the rules' role, the annotators' role and the role model's features.</summary>
internal sealed record RoleMention(string Code, ArgumentRole Rule, ArgumentRole Label, int[] Features);

/// <summary>
/// One trigger of the lexicon that the annotators marked as an event mention of its type, with what the rules made of its
/// arguments and the annotated actor and target codes (unnamed participants have no code).
/// </summary>
/// <param name="Article">"source/doc": the unit of the cross-validation folds.</param>
/// <param name="Synthetic">True for the corpus's synthetic sentences (training only, never scored).</param>
/// <param name="Type">The event type.</param>
/// <param name="Mutual">Whether the trigger makes all parties actors (the candidate builder moves targets to actors).</param>
/// <param name="RuleActors">The rules' actor codes.</param>
/// <param name="RuleTargets">The rules' target codes.</param>
/// <param name="Mentions">The sentence's participant mentions.</param>
/// <param name="GoldActors">The annotated actor codes.</param>
/// <param name="GoldTargets">The annotated target codes.</param>
/// <param name="Sentence">The sentence with the trigger in brackets and each mention's code, for reading the tune split's errors.</param>
internal sealed record RoleCandidate(string Article, bool Synthetic, string Type, bool Mutual, string[] RuleActors, string[] RuleTargets,
    List<RoleMention> Mentions, HashSet<string> GoldActors, HashSet<string> GoldTargets, string Sentence);

/// <summary>
/// Reads the event corpus and makes the role model's examples: in every annotated sentence, each trigger-lexicon match that
/// overlaps an annotated mention of its type (in scope or not: the roles hold either way) goes through the rules' argument
/// finder (no role model), and each participant mention of the sentence is labelled actor, target or none by the annotated
/// spans (a mention inside an annotated span takes its role; a code annotated without a matching mention, e.g. with no span,
/// labels the mentions of that code).
/// </summary>
internal static class RoleExamples
{
    /// <summary>The examples of every kept article of <paramref name="corpusFiles"/>.</summary>
    /// <param name="corpusFiles">Corpus files (JSON Lines).</param>
    /// <param name="dataFolder">The folder holding <c>news/news.jsonl</c> and <c>news-events/</c>.</param>
    /// <param name="keep">Decides by article key ("source/doc") and doc id whether an article may be used.</param>
    public static List<RoleCandidate> Read(IEnumerable<string> corpusFiles, string dataFolder, Func<string, string, bool> keep)
    {
        (var bySource, List<JsonElement> synthetic) = CorpusRecords.Rows(corpusFiles, keep);

        // The pipeline gives the country, organisation, person and date records the argument finder reads; its own events are not used.
        var pipeline = ExtractionPipeline.Create();
        var output = new List<RoleCandidate>();
        foreach ((string source, Dictionary<string, List<JsonElement>> docs) in bySource)
        {
            foreach ((string id, JsonElement record) in CorpusRecords.Of(dataFolder, source))
            {
                if (!docs.TryGetValue(id, out List<JsonElement>? rows))
                {
                    continue;
                }

                using Document document = Document.Analyze(record.GetProperty("text").GetString()!, new ArticleContext { Published = CorpusRecords.Published(record) });
                pipeline.Run(document);
                AddArticle(document, source + "/" + id, false, rows, output);
            }
        }

        for (int i = 0; i < synthetic.Count; i++)
        {
            using Document document = Document.Analyze(synthetic[i].GetProperty("text").GetString()!, new ArticleContext());
            pipeline.Run(document);
            AddArticle(document, "synthetic/" + i, true, [synthetic[i]], output);
        }

        return output;
    }

    private static void AddArticle(Document document, string article, bool synthetic, List<JsonElement> rows, List<RoleCandidate> output)
    {
        ExtractedFacts facts = ExtractedFacts.Of(document);
        var index = ActorIndex.Build(document, facts);
        DateEntity[] dates = [.. facts.Dates.Where(d => d.Date is not null).OrderBy(d => d.Start)];
        var seen = new List<(int Mention, ArgumentRole Rule, int[] Features)>();
        var finder = new ArgumentFinder(document, index, dates, null, RolePolicy.RulesOnly, (_, m, rule, features) => seen.Add((m, rule, [.. features])));
        foreach (JsonElement row in rows)
        {
            int start = row.GetProperty("start").GetInt32(), end = row.GetProperty("end").GetInt32();
            foreach ((Sentence sentence, TriggerMatch trigger) in CorpusRecords.LexiconTriggers(document, start, end))
            {
                int at = document.Tokens[trigger.FirstToken].Start, atEnd = document.Tokens[trigger.LastToken].End;
                if (Annotated(row, trigger.Type, at, atEnd) is not { } gold)
                {
                    continue;
                }

                var candidate = new EventCandidate { Type = trigger.Type, Mutual = trigger.Pattern.Mutual };
                seen.Clear();
                finder.FindParticipants(sentence, trigger, candidate);
                List<(int[] Span, string? Code, ArgumentRole Role)> parties = Parties(gold);
                var mentions = new List<RoleMention>(seen.Count);
                foreach ((int m, ArgumentRole rule, int[] features) in seen)
                {
                    mentions.Add(new RoleMention(index.Mentions[m].Code, rule, Label(document, index, seen, m, parties), features));
                }

                output.Add(new RoleCandidate(article, synthetic, trigger.Type, trigger.Pattern.Mutual, [.. candidate.Actors], [.. candidate.Targets], mentions,
                    Codes(parties, ArgumentRole.Actor), Codes(parties, ArgumentRole.Target), Describe(document, sentence, trigger, index, seen)));
            }
        }
    }

    /// <summary>The annotated mention of <paramref name="type"/> whose trigger overlaps [<paramref name="start"/>, <paramref name="end"/>), in-scope ones first.</summary>
    private static JsonElement? Annotated(JsonElement row, string type, int start, int end)
    {
        JsonElement? found = null;
        foreach (JsonElement e in row.GetProperty("events").EnumerateArray())
        {
            JsonElement span = e.GetProperty("trigger");
            if (e.GetProperty("type").GetString() == type && span[0].GetInt32() < end && start < span[1].GetInt32())
            {
                if (e.GetProperty("in_scope").GetBoolean())
                {
                    return e;
                }

                found ??= e;
            }
        }

        return found;
    }

    private static List<(int[] Span, string? Code, ArgumentRole Role)> Parties(JsonElement gold)
    {
        var parties = new List<(int[] Span, string? Code, ArgumentRole Role)>();
        foreach ((string key, ArgumentRole role) in new[] { ("actors", ArgumentRole.Actor), ("targets", ArgumentRole.Target) })
        {
            foreach (JsonElement p in gold.GetProperty(key).EnumerateArray())
            {
                JsonElement span = p.GetProperty("span");
                int[] range = span.ValueKind == JsonValueKind.Array ? [span[0].GetInt32(), span[1].GetInt32()] : [];
                string? code = p.GetProperty("code").ValueKind == JsonValueKind.String ? p.GetProperty("code").GetString() : null;
                parties.Add((range, code, role));
            }
        }

        return parties;
    }

    private static HashSet<string> Codes(List<(int[] Span, string? Code, ArgumentRole Role)> parties, ArgumentRole role) =>
        parties.Where(p => p.Role == role && p.Code is not null).Select(p => p.Code!).ToHashSet(StringComparer.Ordinal);

    /// <summary>A mention inside an annotated span takes its role; else a code annotated where no mention of the sentence overlaps its span.</summary>
    private static ArgumentRole Label(Document document, ActorIndex index, List<(int Mention, ArgumentRole Rule, int[] Features)> sentenceMentions, int m,
        List<(int[] Span, string? Code, ArgumentRole Role)> parties)
    {
        (int start, int end) = Chars(document, index.Mentions[m]);
        foreach (var p in parties)
        {
            if (p.Span.Length == 2 && p.Span[0] < end && start < p.Span[1])
            {
                return p.Role;
            }
        }

        foreach (var p in parties)
        {
            if (p.Code != index.Mentions[m].Code)
            {
                continue;
            }

            bool spanHasMention = p.Span.Length == 2 && sentenceMentions.Any(s => Chars(document, index.Mentions[s.Mention]) is var c && p.Span[0] < c.End && c.Start < p.Span[1]);
            if (!spanHasMention)
            {
                return p.Role;
            }
        }

        return ArgumentRole.None;
    }

    private static string Describe(Document document, Sentence sentence, TriggerMatch trigger, ActorIndex index, List<(int Mention, ArgumentRole Rule, int[] Features)> seen)
    {
        var text = new System.Text.StringBuilder();
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            text.Append(t == trigger.FirstToken ? " [" : " ").Append(document.Span(document.Tokens[t])).Append(t == trigger.LastToken ? "]" : "");
            foreach ((int m, _, _) in seen)
            {
                text.Append(index.Mentions[m].LastToken == t ? "/" + index.Mentions[m].Code : "");
            }
        }

        return text.ToString();
    }

    private static (int Start, int End) Chars(Document document, ActorMention mention) => (document.Tokens[mention.FirstToken].Start, document.Tokens[mention.LastToken].End);
}
