using System.Collections.Frozen;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events;

/// <summary>
/// The trigger lexicon (<c>Resources/Lexicon/events/triggers.tsv</c>): phrases per event type,
/// indexed by the forms of their first word (the lexicon's one inflection rule, <see cref="Inflection.Forms"/>,
/// expands "word+"). Loaded once; immutable and thread-safe.
/// </summary>
internal sealed class TriggerLexicon
{
    private const string ResourceName = "NewsNlp.Lexicon/events/triggers.tsv";

    private static readonly Lazy<TriggerLexicon> Shared = new(() => Parse(ResourceFile.ReadText(ResourceName)));

    private readonly FrozenDictionary<string, TriggerPattern[]>.AlternateLookup<ReadOnlySpan<char>> byFirstWord;

    private TriggerLexicon(FrozenDictionary<string, TriggerPattern[]> index, int count)
    {
        byFirstWord = index.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = count;
    }

    /// <summary>The lexicon shipped with NewsNlp.</summary>
    public static TriggerLexicon Default => Shared.Value;

    /// <summary>Number of phrases.</summary>
    public int Count { get; }

    /// <summary>The phrases whose first word is <paramref name="word"/> (ignoring case), or an empty span.</summary>
    public ReadOnlySpan<TriggerPattern> StartingWith(ReadOnlySpan<char> word) =>
        byFirstWord.TryGetValue(word, out TriggerPattern[]? patterns) ? patterns : [];

    /// <summary>Parses lexicon text: a header comment, a column line, then type, phrase, flags.</summary>
    public static TriggerLexicon Parse(string text)
    {
        var index = new Dictionary<string, List<TriggerPattern>>(StringComparer.OrdinalIgnoreCase);
        int count = 0;
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("type\t", StringComparison.Ordinal))
            {
                continue;
            }

            string[] columns = line.Split('\t');
            string type = columns[0];
            string phrase = columns[1];
            string flags = columns.Length > 2 ? columns[2] : "";
            string[] words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var elements = new string[]?[words.Length];
            for (int i = 0; i < words.Length; i++)
            {
                elements[i] = words[i] == "..." ? null : Inflection.Forms(words[i]);
            }

            var pattern = new TriggerPattern(type, elements, flags.Contains("weak", StringComparison.Ordinal), flags.Contains("mutual", StringComparison.Ordinal), phrase,
                flags.Contains("reference", StringComparison.Ordinal), flags.Contains("armed", StringComparison.Ordinal));
            count++;
            foreach (string form in elements[0]!)
            {
                if (!index.TryGetValue(form, out List<TriggerPattern>? list))
                {
                    index[form] = list = [];
                }

                list.Add(pattern);
            }
        }

        return new TriggerLexicon(index.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase), count);
    }

    /// <summary>
    /// Appends every trigger in the sentence to <paramref name="output"/>: at each position the
    /// longest phrase per type wins.
    /// </summary>
    public void Find(Document document, Sentence sentence, List<TriggerMatch> output)
    {
        Token[] tokens = document.Tokens;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !byFirstWord.TryGetValue(document.Span(tokens[i]), out TriggerPattern[]? patterns))
            {
                continue;
            }

            int before = output.Count;
            foreach (TriggerPattern pattern in patterns)
            {
                int last = Match(document, sentence, pattern, 1, i);
                if (last < 0)
                {
                    continue;
                }

                // Keep the longest match per type at this position.
                bool replaced = false;
                for (int k = before; k < output.Count; k++)
                {
                    if (output[k].Type == pattern.Type)
                    {
                        if (last > output[k].LastToken)
                        {
                            output[k] = new TriggerMatch(pattern, i, last);
                        }

                        replaced = true;
                        break;
                    }
                }

                if (!replaced)
                {
                    output.Add(new TriggerMatch(pattern, i, last));
                }
            }
        }
    }

    /// <summary>Matches elements from <paramref name="element"/> on, after token <paramref name="previous"/>; returns the last token or -1.</summary>
    private static int Match(Document document, Sentence sentence, TriggerPattern pattern, int element, int previous)
    {
        if (element == pattern.Elements.Length)
        {
            return previous;
        }

        string[]? forms = pattern.Elements[element];
        if (forms is null)
        {
            // A gap: try the next element after 0..MaxGap words.
            int next = previous;
            for (int skipped = 0; skipped <= TriggerPattern.MaxGap; skipped++)
            {
                int result = Match(document, sentence, pattern, element + 1, next);
                if (result >= 0)
                {
                    return result;
                }

                next = NextWord(document, sentence, next);
                if (next < 0)
                {
                    return -1;
                }
            }

            return -1;
        }

        int candidate = NextWord(document, sentence, previous);
        if (candidate < 0)
        {
            return -1;
        }

        ReadOnlySpan<char> word = document.Span(document.Tokens[candidate]);
        foreach (string form in forms)
        {
            if (word.Equals(form, StringComparison.OrdinalIgnoreCase))
            {
                return Match(document, sentence, pattern, element + 1, candidate);
            }
        }

        return -1;
    }

    /// <summary>The next word token after <paramref name="index"/> in the sentence, skipping quotes; -1 at punctuation or the end.</summary>
    private static int NextWord(Document document, Sentence sentence, int index)
    {
        for (int j = index + 1; j < sentence.EndToken; j++)
        {
            TokenKind kind = document.Tokens[j].Kind;
            if (kind is TokenKind.Quote)
            {
                continue;
            }

            return kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.Number or TokenKind.Clitic ? j : -1;
        }

        return -1;
    }
}
