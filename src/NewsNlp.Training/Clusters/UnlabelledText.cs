using System.Text;
using System.Text.Json;
using NewsNlp.Training.Events;
using NewsNlp.Extraction.Entities;
using NewsNlp.Text;

namespace NewsNlp.Training.Clusters;

/// <summary>
/// The unlabelled text the word clusters are learnt from, as sequences of folded words (lower
/// case, digits as 0: the tagger's <see cref="FeatureHash.Fold"/>): news articles from a JSON Lines
/// file and the words of CoNLL files.
/// </summary>
internal static class UnlabelledText
{
    // The Wikinews 2019-2020 collections are held out for evaluation: never learn from them (CorpusRecords.IsHeldOut).

    /// <summary>
    /// The articles of a news JSON Lines file (one object per line with <c>text</c> and
    /// <c>source</c>), one word sequence per article, without the held-out collections.
    /// </summary>
    public static IEnumerable<string[]> NewsArticles(string path, Action<string>? log = null)
    {
        int kept = 0;
        int skipped = 0;
        var tokens = new List<Token>();
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var record = JsonDocument.Parse(line);
            string source = record.RootElement.TryGetProperty("source", out JsonElement s) ? s.GetString() ?? "" : "";
            if (CorpusRecords.IsHeldOut(source))
            {
                skipped++;
                continue;
            }

            string text = record.RootElement.TryGetProperty("text", out JsonElement t) ? t.GetString() ?? "" : "";
            tokens.Clear();
            Tokenizer.Tokenize(text, tokens);
            kept++;
            yield return [.. tokens.Select(token => Fold(text.AsSpan(token.Start, token.Length)))];
        }

        log?.Invoke($"{path}: {kept} articles read, {skipped} held-out articles skipped");
    }

    /// <summary>The sentences of a CoNLL file (first column), one word sequence per sentence.</summary>
    public static IEnumerable<string[]> ConllSentences(string path)
    {
        var words = new List<string>();
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.Trim().Length == 0 || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                if (words.Count > 0)
                {
                    yield return [.. words];
                    words.Clear();
                }

                continue;
            }

            words.Add(Fold(line.AsSpan(0, line.IndexOf(' ', StringComparison.Ordinal) is int space and >= 0 ? space : line.Length)));
        }

        if (words.Count > 0)
        {
            yield return [.. words];
        }
    }

    /// <summary>The word as the tagger's lower-case hash sees it.</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        Span<char> folded = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        for (int i = 0; i < word.Length; i++)
        {
            folded[i] = FeatureHash.Fold(word[i]);
        }

        return new string(folded);
    }
}
