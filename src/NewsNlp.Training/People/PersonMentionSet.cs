using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsNlp.Training.People;

/// <summary>One person-mention span of an annotated article: <c>[Start, End)</c> in UTF-16 code units of the record's text.</summary>
/// <param name="Start">First character.</param>
/// <param name="End">One past the last character.</param>
/// <param name="Person">The person (of the same article) the mention names.</param>
internal sealed record AnnotatedMention(int Start, int End, int Person);

/// <summary>One person of an annotated article.</summary>
/// <param name="Person">Its number inside the article.</param>
/// <param name="Name">The fullest name as written.</param>
/// <param name="Title">The title, or null.</param>
/// <param name="Country">ISO alpha-2 code, or null.</param>
internal sealed record AnnotatedPerson(int Person, string Name, string? Title, string? Country);

/// <summary>
/// One article of the person-mention set (<c>data/annotations/people/people.jsonl</c>): references
/// into <c>news.jsonl</c> and labels, never text.
/// </summary>
/// <param name="Source">The corpus ("news").</param>
/// <param name="Doc">The record id in <c>news.jsonl</c>.</param>
/// <param name="Sha1">The first 10 hex digits of the SHA-1 of the record's text (UTF-8).</param>
/// <param name="Split"><c>dev</c> (tune on it) or <c>report</c> (score only).</param>
/// <param name="Domain">business, technology, politics or sports.</param>
/// <param name="Mentions">The person mentions.</param>
/// <param name="People">The people, each once.</param>
internal sealed record AnnotatedArticle(
    string Source,
    string Doc,
    string Sha1,
    string Split,
    string Domain,
    ImmutableArray<AnnotatedMention> Mentions,
    ImmutableArray<AnnotatedPerson> People);

/// <summary>Reads the person-mention set and the texts it refers to.</summary>
internal static class PersonMentionSet
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    /// <summary>The articles of a <c>people.jsonl</c> file, in file order.</summary>
    /// <exception cref="JsonException">A line is not an article of the schema.</exception>
    public static List<AnnotatedArticle> Read(TextReader reader)
    {
        var articles = new List<AnnotatedArticle>();
        while (reader.ReadLine() is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                articles.Add(JsonSerializer.Deserialize<AnnotatedArticle>(line, Json) ?? throw new JsonException("An empty line object."));
            }
        }

        return articles;
    }

    /// <summary>
    /// The texts of the records named by <paramref name="ids"/> in a news JSON Lines file. Only
    /// those records are parsed, so held-out records are never read.
    /// </summary>
    public static Dictionary<string, string> Texts(string newsPath, IReadOnlySet<string> ids)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(newsPath, Encoding.UTF8))
        {
            // The id is the record's first field: look at it before parsing anything else.
            int idStart = line.IndexOf("\"id\": \"", StringComparison.Ordinal);
            if (idStart < 0)
            {
                continue;
            }

            idStart += 7;
            int idEnd = line.IndexOf('"', idStart);
            if (idEnd < 0 || !ids.Contains(line[idStart..idEnd]))
            {
                continue;
            }

            using var record = JsonDocument.Parse(line);
            texts[line[idStart..idEnd]] = record.RootElement.GetProperty("text").GetString() ?? "";
        }

        return texts;
    }

    /// <summary>The first 10 hex digits of the SHA-1 of <paramref name="text"/> in UTF-8, as the set stores them.</summary>
    public static string Fingerprint(string text)
    {
#pragma warning disable CA5350 // A fingerprint that the record is the one labelled, not a security measure.
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(text)))[..10];
#pragma warning restore CA5350
    }
}
