using System.Globalization;
using System.Text.Json;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Reliability;

/// <summary>Reads articles from a shared JSONL file at test time (nothing is copied into the repository).</summary>
public static class NewsArticles
{
    /// <summary>The first <paramref name="max"/> articles of <paramref name="path"/> with their contexts, held-out records skipped.</summary>
    public static List<(string Text, ArticleContext Context)> Load(string path, int max)
    {
        var articles = new List<(string, ArticleContext)>();
        foreach (string line in File.ReadLines(path))
        {
            if (articles.Count >= max)
            {
                break;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using JsonDocument json = JsonDocument.Parse(line);
            JsonElement root = json.RootElement;
            if (SharedData.IsHeldOut(root.TryGetProperty("source", out JsonElement source) && source.ValueKind == JsonValueKind.String ? source.GetString() : null))
            {
                continue; // held out: never read
            }

            string text = root.TryGetProperty("text", out JsonElement t) ? t.GetString() ?? "" : "";
            string? id = root.TryGetProperty("id", out JsonElement i) ? i.GetString() : null;
            string? title = root.TryGetProperty("title", out JsonElement h) && h.ValueKind == JsonValueKind.String ? h.GetString() : null;
            DateOnly? published = null;
            if (root.TryGetProperty("published", out JsonElement p) && p.ValueKind == JsonValueKind.String && p.GetString() is { Length: >= 10 } raw
                && DateOnly.TryParseExact(raw[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d))
            {
                published = d;
            }

            articles.Add((text, new ArticleContext { Id = id, Title = title, Published = published }));
        }

        return articles;
    }
}
