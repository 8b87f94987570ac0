using System.Text;
using System.Text.Json;
using NewsNlp.Extraction.Casualties;
using NewsNlp.Tests.Infrastructure;
using NewsNlp.Text;

namespace NewsNlp.Tests.Extraction.Casualties.Evaluation;

/// <summary>EXPERIMENT (session 17): the place candidates of every matched required pair of the read development splits.</summary>
public sealed class PlaceCandidateDump
{
    private static readonly string SetPath = SharedData.RepoPath("data", "annotations", "casualties", "casualties.jsonl");

    [SharedDataFact]
    public void Dumps_place_candidates()
    {
        if (Environment.GetEnvironmentVariable("NEWSNLP_PLACE_DUMP") is not { Length: > 0 } path)
        {
            return;
        }

        var sentences = CasualtySet.Read(SetPath).Where(s => s.Split != "report" && !CasualtyEvaluation.UnreadSplits.Contains(s.Split)).ToList();
        var articles = SourceArticles.Load(SharedData.SharedFolder, sentences);
        var extractor = NewsExtractor.Create();
        var cache = new Dictionary<string, (ArticleRecord, CasualtyPlaces, Document)>();
        var output = new StringBuilder();
        foreach (AnnotatedSentence sentence in sentences)
        {
            string key = sentence.Source + ":" + sentence.Doc;
            SourceArticle article = articles[key];
            if (!cache.TryGetValue(key, out var entry))
            {
                var context = new ArticleContext { Id = article.Id, Title = article.Title, Published = article.Published };
                Document document = Document.Analyze(article.Text, context);
                entry = (extractor.Extract(article.Text, context), CasualtyPlaces.Find(document), document);
                cache[key] = entry;
            }

            (ArticleRecord record, CasualtyPlaces places, Document doc) = entry;
            var system = record.Casualties.Where(c => (c.Start < sentence.End && c.End > sentence.Start) || c.Mentions.Any(m => m.Start < sentence.End && m.End > sentence.Start)).ToList();
            var gold = sentence.Casualties.Where(g => !g.Optional && !CasualtyEvaluation.DroppedScopes.Contains(g.Scope))
                .Concat(sentence.Casualties.Where(g => g.Optional || CasualtyEvaluation.DroppedScopes.Contains(g.Scope))).ToList();
            var used = new bool[gold.Count];
            foreach (CasualtyRecord item in system)
            {
                int match = Enumerable.Range(0, gold.Count).FirstOrDefault(i => !used[i] && gold[i].Kind == item.Kind && gold[i].Count == item.Count, -1);
                if (match < 0)
                {
                    continue;
                }

                used[match] = true;
                AnnotatedCasualty g = gold[match];
                if (g.Optional || CasualtyEvaluation.DroppedScopes.Contains(g.Scope))
                {
                    continue;
                }

                int token = LowerBound.Of(doc.Tokens, item.Start, static t => t.Start);
                var candidates = places.Candidates(doc.SentenceOfToken(token), item.Start, item.End, item.Scope, Enum.Parse<CasualtyKinds>(item.Kind, ignoreCase: true));
                output.AppendLine(JsonSerializer.Serialize(new
                {
                    split = sentence.Split,
                    article = key,
                    sentence = sentence.Start,
                    kind = item.Kind,
                    count = item.Count,
                    gold = g.Place ?? "",
                    system = item.Country ?? "",
                    candidates = candidates.Select(c => new { code = c.Code, f = c.Features }),
                }));
            }
        }

        File.WriteAllText(path, output.ToString());
    }
}
