using System.Collections.Immutable;
using System.Text.Json;
using NewsNlp.Events;
using NewsNlp.Events.Filters;
using NewsNlp.Text;

namespace NewsNlp.Training.Events;

/// <summary>One trigger of the lexicon in an annotated sentence: the words around it, whether the sentence holds an in-scope event of its type, and its article.</summary>
/// <param name="Article">"source/doc": the unit of the cross-validation folds.</param>
/// <param name="Type">The trigger's event type.</param>
/// <param name="Window">The words around the trigger, labeled with its type when the annotators put an in-scope event of that type in the sentence.</param>
internal sealed record ScopeWindow(string Article, string Type, LabeledSentence Window);

/// <summary>
/// Reads the event corpus (<c>data/annotations/events/*.jsonl</c>: references into the source texts plus labels, see its README)
/// and turns every trigger-lexicon match in an annotated sentence into a <see cref="ScopeWindow"/>: the material of the
/// per-trigger scope model, which learns from the annotators' polarity, modality and scope labels which triggers report
/// an event the guidelines count.
/// </summary>
internal static class ScopeWindows
{
    /// <summary>The words the scope model reads: the library's own window, so training and inference see the same words.</summary>
    public static TokenWindow Reach => EventScope.Reach;

    /// <summary>The windows of every annotated sentence in <paramref name="corpusFiles"/> whose article passes <paramref name="keep"/>.</summary>
    /// <param name="corpusFiles">Corpus files (JSON Lines).</param>
    /// <param name="dataFolder">The folder holding <c>news/news.jsonl</c> and <c>news-events/</c>.</param>
    /// <param name="keep">Decides by article key ("source/doc") and doc id whether an article may be used.</param>
    public static List<ScopeWindow> Read(IEnumerable<string> corpusFiles, string dataFolder, Func<string, string, bool> keep)
    {
        (var bySource, List<JsonElement> synthetic) = CorpusRecords.Rows(corpusFiles, keep);
        var windows = new List<ScopeWindow>();
        foreach ((string source, Dictionary<string, List<JsonElement>> docs) in bySource)
        {
            foreach ((string id, JsonElement record) in CorpusRecords.Of(dataFolder, source))
            {
                if (!docs.TryGetValue(id, out List<JsonElement>? rows))
                {
                    continue;
                }

                string text = record.GetProperty("text").GetString()!;
                using Document document = Document.Analyze(text, new ArticleContext());
                foreach (JsonElement row in rows)
                {
                    AddWindows(document, source + "/" + id, row.GetProperty("start").GetInt32(), row.GetProperty("end").GetInt32(), row, windows);
                }
            }
        }

        for (int i = 0; i < synthetic.Count; i++)
        {
            // Sentences written to the guidelines: training only, each its own article.
            string text = synthetic[i].GetProperty("text").GetString()!;
            using Document document = Document.Analyze(text, new ArticleContext());
            AddWindows(document, "synthetic/" + i, 0, text.Length, synthetic[i], windows);
        }

        return windows;
    }

    private static void AddWindows(Document document, string article, int start, int end, JsonElement row, List<ScopeWindow> output)
    {
        var inScope = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonElement e in row.GetProperty("events").EnumerateArray())
        {
            if (e.GetProperty("in_scope").GetBoolean())
            {
                inScope.Add(e.GetProperty("type").GetString()!);
            }
        }

        foreach ((Sentence sentence, TriggerMatch trigger) in CorpusRecords.LexiconTriggers(document, start, end))
        {
            int first = Reach.StartAt(trigger.FirstToken, sentence);
            int last = Reach.EndAt(trigger.LastToken, sentence) - 1;
            string window = document.Text[document.Tokens[first].Start..document.Tokens[last].End];
            ImmutableArray<string> labels = inScope.Contains(trigger.Type) ? [trigger.Type] : [];
            output.Add(new ScopeWindow(article, trigger.Type, new LabeledSentence(window, labels)));
        }
    }
}
