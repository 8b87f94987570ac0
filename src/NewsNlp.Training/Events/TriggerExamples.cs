using System.Text.Json;
using NewsNlp.Events;
using NewsNlp.Events.Tagging;
using NewsNlp.Pipeline;
using NewsNlp.Text;

namespace NewsNlp.Training.Events;

/// <summary>One word of an annotated sentence: its tagger features and its label (0 no trigger, 1 + type index).</summary>
/// <param name="Features">The hashed features (<see cref="TriggerTaggerFeatures"/>).</param>
/// <param name="Label">0 when the word is no in-scope trigger, else 1 + the index of its type in <see cref="EventTaxonomy.TypeNames"/>.</param>
/// <param name="InLexicon">True when a trigger-lexicon match covers the word.</param>
internal sealed record TriggerToken(int[] Features, int Label, bool InLexicon);

/// <summary>One annotated sentence: its words in order, its gold triggers as token runs, and its article (the unit of the folds).</summary>
/// <param name="Article">"source/doc", or "synthetic/i" for a sentence written to the guidelines (training only).</param>
/// <param name="Tokens">The word tokens of the sentence, in order (punctuation left out).</param>
/// <param name="Gold">The in-scope triggers: first and last position in <paramref name="Tokens"/> and the type index.</param>
/// <param name="LexiconTypes">A bit per type the trigger lexicon matched in the sentence.</param>
internal sealed record TriggerSentence(string Article, List<TriggerToken> Tokens, List<(int First, int Last, int Type)> Gold, int LexiconTypes);

/// <summary>
/// Reads the event corpus (<c>data/annotations/events/*.jsonl</c>, references into the source texts) and turns every word of
/// every annotated sentence into a <see cref="TriggerToken"/>: the features the library's tagger reads, from the article run
/// through the real pipeline (countries, people and dates give the participants), labelled with the type of the in-scope
/// event whose trigger span covers it. Mentions that are out of scope (negated, planned, other senses) label their words
/// "no trigger": the tagger learns what the guidelines count.
/// </summary>
internal static class TriggerExamples
{
    /// <summary>The sentences of <paramref name="corpusFiles"/> whose article passes <paramref name="keep"/>, and the synthetic ones.</summary>
    /// <param name="corpusFiles">Corpus files (JSON Lines).</param>
    /// <param name="dataFolder">The folder holding <c>news/news.jsonl</c> and <c>news-events/</c>.</param>
    /// <param name="keep">Decides by article key ("source/doc") and doc id whether an article may be used.</param>
    public static List<TriggerSentence> Read(IEnumerable<string> corpusFiles, string dataFolder, Func<string, string, bool> keep)
    {
        (var bySource, List<JsonElement> synthetic) = CorpusRecords.Rows(corpusFiles, keep);
        var pipeline = ExtractionPipeline.Create();
        var sentences = new List<TriggerSentence>();
        foreach ((string source, Dictionary<string, List<JsonElement>> docs) in bySource)
        {
            foreach ((string id, JsonElement record) in CorpusRecords.Of(dataFolder, source))
            {
                string key = source + "/" + id;
                if (!docs.TryGetValue(id, out List<JsonElement>? rows))
                {
                    continue;
                }

                using Document document = Document.Analyze(record.GetProperty("text").GetString()!, new ArticleContext { Published = CorpusRecords.Published(record) });
                pipeline.Run(document);
                var index = ActorIndex.Build(document, ExtractedFacts.Of(document));
                foreach (JsonElement row in rows)
                {
                    sentences.Add(Label(document, index, key, row.GetProperty("start").GetInt32(), row.GetProperty("end").GetInt32(), row));
                }
            }
        }

        for (int i = 0; i < synthetic.Count; i++)
        {
            string text = synthetic[i].GetProperty("text").GetString()!;
            using Document document = Document.Analyze(text, new ArticleContext());
            pipeline.Run(document);
            var index = ActorIndex.Build(document, ExtractedFacts.Of(document));
            sentences.Add(Label(document, index, "synthetic/" + i, 0, text.Length, synthetic[i]));
        }

        return sentences;
    }

    private static TriggerSentence Label(Document document, ActorIndex index, string article, int start, int end, JsonElement row)
    {
        var spans = new List<(int Start, int End, int Type)>();
        foreach (JsonElement e in row.GetProperty("events").EnumerateArray())
        {
            JsonElement span = e.GetProperty("trigger");
            if (e.GetProperty("in_scope").GetBoolean() && span.ValueKind == JsonValueKind.Array)
            {
                spans.Add((span[0].GetInt32(), span[1].GetInt32(), EventTaxonomy.IndexOf(e.GetProperty("type").GetString()!)));
            }
        }

        var tokens = new List<TriggerToken>();
        var gold = new List<(int First, int Last, int Type)>();
        var goldAt = new Dictionary<int, int>(); // span index to its entry in gold
        var lexicon = new List<TriggerMatch>();
        int lexiconTypes = 0;
        Span<int> features = stackalloc int[TriggerTaggerFeatures.MaxFeatures];
        foreach (Sentence sentence in document.Sentences)
        {
            if (sentence.End <= start || sentence.Start >= end || sentence.TokenCount == 0)
            {
                continue;
            }

            lexicon.Clear();
            TriggerLexicon.Default.Find(document, sentence, lexicon);
            foreach (TriggerMatch match in lexicon)
            {
                lexiconTypes |= 1 << EventTaxonomy.IndexOf(match.Type);
            }

            int n = sentence.TokenCount;
            uint[] words = new uint[n], stems = new uint[n], clusters = new uint[n];
            TriggerTaggerFeatures.Prepare(document, sentence, words, stems, clusters);
            (int firstMention, int lastMention, bool force) = TriggerTagger.Participants(document, sentence, index);
            for (int i = 0; i < n; i++)
            {
                int token = sentence.FirstToken + i;
                Token t = document.Tokens[token];
                if (words[i] == TriggerTaggerFeatures.NoWord || t.Start < start || t.Start >= end)
                {
                    continue;
                }

                int count = TriggerTaggerFeatures.Collect(document, sentence, token, words, stems, clusters, lexicon,
                    TriggerTagger.PartyBits(token, firstMention, lastMention, force), features);
                int s = spans.FindIndex(g => g.Start < t.End && t.Start < g.End);
                int label = s < 0 ? 0 : 1 + spans[s].Type;
                if (s >= 0)
                {
                    if (goldAt.TryGetValue(s, out int g))
                    {
                        gold[g] = gold[g] with { Last = tokens.Count };
                    }
                    else
                    {
                        goldAt[s] = gold.Count;
                        gold.Add((tokens.Count, tokens.Count, spans[s].Type));
                    }
                }

                tokens.Add(new TriggerToken(features[..count].ToArray(), label, lexicon.Exists(m => token >= m.FirstToken && token <= m.LastToken)));
            }
        }

        return new TriggerSentence(article, tokens, gold, lexiconTypes);
    }
}
