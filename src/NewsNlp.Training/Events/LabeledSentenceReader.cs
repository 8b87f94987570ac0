using System.Collections.Immutable;
using System.Text.Json;

namespace NewsNlp.Training.Events;

/// <summary>Reads the labeled sentences the event classifier is trained on.</summary>
internal static class LabeledSentenceReader
{
    private const string SentenceWithoutText = "A labeled sentence needs a \"text\" string.";

    /// <summary>
    /// Reads labeled sentences from JSON Lines: one object per line with <c>text</c> and
    /// <c>labels</c> (a list of event types, empty for none). Blank lines are skipped.
    /// </summary>
    /// <param name="reader">The JSON Lines text.</param>
    /// <returns>The sentences, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="JsonException">A line is not a JSON object with a <c>text</c> string.</exception>
    public static IReadOnlyList<LabeledSentence> ReadJsonLines(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var result = new List<LabeledSentence>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            string text = doc.RootElement.GetProperty("text").GetString() ?? throw new JsonException(SentenceWithoutText);
            var labels = ImmutableArray.CreateBuilder<string>();
            if (doc.RootElement.TryGetProperty("labels", out JsonElement array) && array.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement label in array.EnumerateArray())
                {
                    if (label.GetString() is { } s)
                    {
                        labels.Add(s);
                    }
                }
            }

            result.Add(new LabeledSentence(text, labels.ToImmutable()));
        }

        return result;
    }

}
