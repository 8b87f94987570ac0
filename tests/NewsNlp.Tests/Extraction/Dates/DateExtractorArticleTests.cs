using System.Globalization;
using System.Text.Json;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Extraction.Dates;

/// <summary>Whole articles: the model article's dates with exact offsets, and dev30 against its gold.</summary>
public sealed class DateExtractorArticleTests
{
    [Theory]
    [InlineData(158, "Friday", "2024-01-19")] // "said on Friday they had agreed"
    [InlineData(269, "this week", "2024-W03")] // "between the two countries this week"
    [InlineData(867, "Friday", "2024-01-19")] // "convened a security council on Friday"
    [InlineData(943, "Thursday morning", "2024-01-18TMO")] // Pakistan's strike
    [InlineData(1032, "Tuesday evening", "2024-01-16TEV")] // Iran's strike
    [InlineData(2799, "February 8", "2024-02-08")] // the elections ahead
    public void Extract_ModelArticle_FindsGoldDateWithExactOffsets(int start, string text, string value)
    {
        ArticleRecord record = ModelArticle.Extract();
        DateRecord? found = record.Dates.FirstOrDefault(d => d.Start == start);
        found.Should().NotBeNull();
        found!.Text.Should().Be(text);
        found.End.Should().Be(start + text.Length);
        found.Value.Should().Be(value);
        found.Type.Should().Be("date");
    }

    [Fact]
    public void Extract_ModelArticle_FindsNoDateOutsideGold()
    {
        ArticleRecord record = ModelArticle.Extract();
        int[] expected = [158, 269, 867, 943, 1032, 2297, 2799];
        record.Dates.Select(d => d.Start).Should().BeSubsetOf(expected, "only the gold dates and the optional \"decades\" are expected");
        record.Dates.Single(d => d.Type == "duration").Value.Should().Be("P10Y");
    }

    [SharedDataFact]
    public void Extract_Dev30_DatesF1AtLeastNinety()
    {
        var gold = File.ReadLines(SharedData.Path_("gold", "dev30.gold.jsonl")).Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToDictionary(e => e.GetProperty("id").GetString()!);
        int tp = 0, fp = 0, fn = 0;
        foreach (string line in File.ReadLines(SharedData.Path_("articles", "dev30.jsonl")).Where(l => l.Trim().Length > 0))
        {
            JsonElement article = JsonDocument.Parse(line).RootElement;
            string id = article.GetProperty("id").GetString()!;
            DateOnly? published = article.TryGetProperty("published", out JsonElement p) && p.ValueKind == JsonValueKind.String
                ? DateOnly.ParseExact(p.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : null;
            ArticleRecord record = NewsExtractor.Create().Extract(article.GetProperty("text").GetString()!, new ArticleContext { Id = id, Published = published });
            (int t, int f, int n) = Score(record.Dates, gold[id].TryGetProperty("dates", out JsonElement g) ? [.. g.EnumerateArray()] : []);
            tp += t;
            fp += f;
            fn += n;
        }

        double precision = tp / (double)Math.Max(1, tp + fp);
        double recall = tp / (double)Math.Max(1, tp + fn);
        double f1 = 2 * precision * recall / Math.Max(1e-9, precision + recall);
        f1.Should().BeGreaterThanOrEqualTo(0.90, $"tp={tp} fp={fp} fn={fn}");
    }

    /// <summary>The reference scorer's date matching: overlapping span and equal value (a "T..." refinement of a day matches the day).</summary>
    private static (int Tp, int Fp, int Fn) Score(IReadOnlyList<DateRecord> predicted, List<JsonElement> gold)
    {
        bool[] used = new bool[predicted.Count];
        int tp = 0, fn = 0;
        foreach (JsonElement g in gold.OrderBy(g => g.TryGetProperty("optional", out JsonElement o) && o.GetBoolean()))
        {
            bool optional = g.TryGetProperty("optional", out JsonElement opt) && opt.GetBoolean();
            int start = g.GetProperty("start").GetInt32();
            int end = start + g.GetProperty("text").GetString()!.Length;
            string? value = g.TryGetProperty("value", out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            int hit = -1;
            for (int i = 0; i < predicted.Count && hit < 0; i++)
            {
                DateRecord d = predicted[i];
                if (!used[i] && d.Start < end && start < d.End && ValueEqual(d.Value, value))
                {
                    hit = i;
                }
            }

            if (hit >= 0)
            {
                used[hit] = true;
                tp += optional ? 0 : 1;
            }
            else if (!optional)
            {
                fn++;
            }
        }

        return (tp, used.Count(u => !u), fn);
    }

    private static bool ValueEqual(string? predicted, string? gold) =>
        predicted is null || gold is null
            ? predicted is null && gold is null
            : predicted == gold || (predicted.StartsWith(gold, StringComparison.Ordinal) && predicted.Length > gold.Length && predicted[gold.Length] == 'T');
}
