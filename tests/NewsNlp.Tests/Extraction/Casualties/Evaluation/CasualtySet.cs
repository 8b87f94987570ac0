using System.Collections.Immutable;
using System.Text.Json;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Extraction.Casualties.Evaluation;

/// <summary>One labelled casualty item of the development set (see data/annotations/casualties/README.md).</summary>
public sealed record AnnotatedCasualty(
    string Kind, int? Count, int? Min, int? Max, bool Approximate, ImmutableArray<string> Groups, string Scope, string? Place,
    int CountStart, int CountEnd, bool Optional);

/// <summary>One sentence of the set: where it is (source file stem, record id, offsets), its split and its items.</summary>
public sealed record AnnotatedSentence(string Source, string Doc, int Start, int End, string Sha1, string Split, ImmutableArray<AnnotatedCasualty> Casualties)
{
    /// <summary>The labelling batch the sentence came in (1-4: the first pool and its targeted supplement; 5 on: the dev2.. samples).</summary>
    public int Batch { get; init; }
}

/// <summary>Reads <c>data/annotations/casualties/casualties.jsonl</c>: references and labels only, never source text.</summary>
public static class CasualtySet
{
    /// <summary>The kinds an item may have.</summary>
    public static readonly ImmutableHashSet<string> Kinds = ["killed", "injured", "missing", "kidnapped", "arrested", "displaced"];

    /// <summary>The scopes an item may have.</summary>
    public static readonly ImmutableHashSet<string> Scopes = ["event", "national", "global", "historical", "hypothetical", "misstatement"];

    /// <summary>The source file stems and their files under the shared data folder.</summary>
    public static readonly ImmutableDictionary<string, string> SourceFiles = new Dictionary<string, string>
    {
        ["news"] = "data/news/news.jsonl",
        ["muc4"] = "data/news-events/muc4.jsonl",
        ["agnews_world"] = "data/news-events/agnews_world.jsonl",
        ["wikitimes_cep"] = "data/news-events/wikitimes_cep.jsonl",
    }.ToImmutableDictionary();

    /// <summary>Every sentence of the file at <paramref name="path"/>, in file order.</summary>
    public static ImmutableArray<AnnotatedSentence> Read(string path)
    {
        var sentences = ImmutableArray.CreateBuilder<AnnotatedSentence>();
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using JsonDocument json = JsonDocument.Parse(line);
            JsonElement root = json.RootElement;
            var items = ImmutableArray.CreateBuilder<AnnotatedCasualty>();
            foreach (JsonElement item in root.GetProperty("casualties").EnumerateArray())
            {
                JsonElement span = item.GetProperty("count_span");
                items.Add(new AnnotatedCasualty(
                    item.GetProperty("kind").GetString()!,
                    NullableInt(item, "count"),
                    NullableInt(item, "min"),
                    NullableInt(item, "max"),
                    item.GetProperty("approximate").GetBoolean(),
                    [.. item.GetProperty("groups").EnumerateArray().Select(g => g.GetString()!)],
                    item.GetProperty("scope").GetString()!,
                    item.GetProperty("place").ValueKind == JsonValueKind.Null ? null : item.GetProperty("place").GetString(),
                    span.ValueKind == JsonValueKind.Array ? span[0].GetInt32() : -1,
                    span.ValueKind == JsonValueKind.Array ? span[1].GetInt32() : -1,
                    item.GetProperty("optional").GetBoolean()));
            }

            sentences.Add(new AnnotatedSentence(
                root.GetProperty("source").GetString()!,
                root.GetProperty("doc").GetString()!,
                root.GetProperty("start").GetInt32(),
                root.GetProperty("end").GetInt32(),
                root.GetProperty("sha1").GetString()!,
                root.GetProperty("split").GetString()!,
                items.ToImmutable())
            { Batch = root.GetProperty("batch").GetInt32() });
        }

        return sentences.ToImmutable();
    }

    private static int? NullableInt(JsonElement item, string name) =>
        item.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
}

/// <summary>A source article: what a caller of the public API would pass to <see cref="NewsExtractor.Extract"/>.</summary>
public sealed record SourceArticle(string Id, string? Title, DateOnly? Published, string Text, string Source);

/// <summary>Loads the articles a set refers to from the shared data files, skipping held-out records.</summary>
public static class SourceArticles
{
    /// <summary>The articles of <paramref name="sentences"/>, keyed by "source:doc".</summary>
    public static Dictionary<string, SourceArticle> Load(string sharedFolder, IEnumerable<AnnotatedSentence> sentences)
    {
        var wanted = sentences.GroupBy(s => s.Source).ToDictionary(g => g.Key, g => g.Select(s => s.Doc).ToHashSet(StringComparer.Ordinal));
        var articles = new Dictionary<string, SourceArticle>(StringComparer.Ordinal);
        foreach ((string source, HashSet<string> ids) in wanted)
        {
            foreach (string line in File.ReadLines(Path.Combine(sharedFolder, CasualtySet.SourceFiles[source])))
            {
                using JsonDocument json = JsonDocument.Parse(line);
                JsonElement root = json.RootElement;
                string id = root.GetProperty("id").GetString()!;
                string origin = root.TryGetProperty("source", out JsonElement s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : "";
                if (!ids.Contains(id) || SharedData.IsHeldOut(origin))
                {
                    continue;
                }

                string? title = root.TryGetProperty("title", out JsonElement t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                DateOnly? published = root.TryGetProperty("published", out JsonElement p) && p.ValueKind == JsonValueKind.String
                    && DateOnly.TryParse(p.GetString()!.AsSpan(0, Math.Min(10, p.GetString()!.Length)), System.Globalization.CultureInfo.InvariantCulture, out DateOnly d)
                    ? d : null;
                articles[source + ":" + id] = new SourceArticle(id, title, published, root.GetProperty("text").GetString()!, origin);
            }
        }

        return articles;
    }
}
