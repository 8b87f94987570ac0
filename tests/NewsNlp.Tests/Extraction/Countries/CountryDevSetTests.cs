using System.Text.Json;
using NewsNlp.Extraction.Countries;
using NewsNlp.Tests.Infrastructure;
using NewsNlp.Text;

namespace NewsNlp.Tests.Extraction.Countries;

/// <summary>Scores the country stage on dev30 the way the reference scorer does (codes; optional items never count).</summary>
public sealed class CountryDevSetTests
{
    [SharedDataFact]
    public void Extract_Dev30_CountryF1AtLeast095()
    {
        var gold = new Dictionary<string, JsonElement>();
        foreach (string line in File.ReadLines(SharedData.Path_("gold", "dev30.gold.jsonl")).Where(l => l.Length > 0))
        {
            JsonElement doc = JsonDocument.Parse(line).RootElement;
            gold[doc.GetProperty("id").GetString()!] = doc;
        }

        int tp = 0, fp = 0, fn = 0;
        foreach (string line in File.ReadLines(SharedData.Path_("articles", "dev30.jsonl")).Where(l => l.Length > 0))
        {
            JsonElement article = JsonDocument.Parse(line).RootElement;
            string id = article.GetProperty("id").GetString()!;
            string? title = article.TryGetProperty("title", out JsonElement t) ? t.GetString() : null;
            var found = Stages.Countries(Document.Analyze(article.GetProperty("text").GetString()!, new ArticleContext { Title = title }))
                .Countries.Select(c => c.Code).ToHashSet();
            var required = new HashSet<string>();
            var optional = new HashSet<string>();
            foreach (JsonElement c in gold[id].GetProperty("countries").EnumerateArray())
            {
                bool isOptional = c.TryGetProperty("optional", out JsonElement o) && o.GetBoolean();
                (isOptional ? optional : required).Add(c.GetProperty("code").GetString()!);
            }

            tp += found.Count(required.Contains);
            fn += required.Count(r => !found.Contains(r));
            fp += found.Count(f => !required.Contains(f) && !optional.Contains(f));
        }

        double precision = tp / (double)Math.Max(1, tp + fp);
        double recall = tp / (double)Math.Max(1, tp + fn);
        double f1 = 2 * precision * recall / Math.Max(1e-9, precision + recall);
        f1.Should().BeGreaterThanOrEqualTo(0.95, $"tp={tp} fp={fp} fn={fn}");
    }
}
