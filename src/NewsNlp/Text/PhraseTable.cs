using System.Collections.Frozen;

namespace NewsNlp.Text;

/// <summary>
/// A frozen, case-insensitive table of multi-token phrases. Keys are the phrase's tokens (as the
/// <see cref="Tokenizer"/> cuts them) joined by single spaces, so "U.S.-led", "Cox's Bazar" and
/// "Tripoli, Lebanon" match the text exactly as it is tokenized. Lookups compose the candidate in a
/// stack buffer and use the span alternate lookup: no string is allocated per token, and every hit
/// is a full comparison. Thread-safe once built.
/// </summary>
/// <typeparam name="T">The payload of a phrase.</typeparam>
internal sealed class PhraseTable<T>
{
    private const int MaxKeyChars = 96;

    private readonly FrozenDictionary<string, PhraseEntry>.AlternateLookup<ReadOnlySpan<char>> phrases;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> firstTokens;

    private PhraseTable(Dictionary<string, PhraseEntry> phrases, HashSet<string> firstTokens, int maxTokens)
    {
        this.phrases = phrases.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        this.firstTokens = firstTokens.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        MaxTokens = maxTokens;
    }

    /// <summary>The longest phrase, in tokens.</summary>
    public int MaxTokens { get; }

    /// <summary>Builds a table from (term, payload) pairs; the first payload given for a key wins,
    /// and the most permissive case rule among terms that differ only in case is kept.</summary>
    public static PhraseTable<T> Build(IEnumerable<(string Term, T Value)> terms)
    {
        var phrases = new Dictionary<string, PhraseEntry>(StringComparer.OrdinalIgnoreCase);
        var first = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        int maxTokens = 1;
        foreach ((string term, T value) in terms)
        {
            Token[] tokens = Tokenizer.Tokenize(term);
            if (tokens.Length == 0)
            {
                continue;
            }

            string key = string.Join(' ', tokens.Select(t => term.Substring(t.Start, t.Length)));
            if (key.Length > MaxKeyChars)
            {
                continue;
            }

            CaseRule rule = CaseRuleOf(term);
            if (phrases.TryGetValue(key, out PhraseEntry existing))
            {
                if (rule < existing.Rule)
                {
                    phrases[key] = existing with { Rule = rule, Surface = key };
                }

                continue;
            }

            phrases[key] = new PhraseEntry(key, rule, value);
            first.Add(term.Substring(tokens[0].Start, tokens[0].Length));
            maxTokens = Math.Max(maxTokens, tokens.Length);
        }

        return new PhraseTable<T>(phrases, first, maxTokens);
    }

    /// <summary>True when some phrase starts with <paramref name="token"/> (a cheap pre-filter).</summary>
    public bool MayStartWith(ReadOnlySpan<char> token) => firstTokens.Contains(token);

    /// <summary>Looks up one span (a single token or a segment of a hyphenated word) with its case rule.</summary>
    public bool TryLookup(ReadOnlySpan<char> span, out T value)
    {
        if (phrases.TryGetValue(span, out PhraseEntry entry) && CaseFits(span, entry))
        {
            value = entry.Value;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>
    /// The longest phrase that starts at <paramref name="tokens"/>[<paramref name="index"/>] and
    /// stays inside <paramref name="limit"/> tokens; phrases never cross a blank line.
    /// </summary>
    public bool TryMatch(string text, ReadOnlySpan<Token> tokens, int index, int limit, out T value, out int tokenCount)
    {
        value = default!;
        tokenCount = 0;
        if ((uint)index >= (uint)tokens.Length || !firstTokens.Contains(tokens[index].Slice(text)))
        {
            return false;
        }

        limit = Math.Min(Math.Min(limit, tokens.Length), index + MaxTokens);
        int reach = index + 1;
        while (reach < limit && !HasParagraphBreak(text, tokens[reach - 1].End, tokens[reach].Start))
        {
            reach++;
        }

        Span<char> buffer = stackalloc char[MaxKeyChars];
        for (int end = reach; end > index; end--)
        {
            int length = Compose(text, tokens, index, end, buffer);
            if (length < 0)
            {
                continue;
            }

            ReadOnlySpan<char> candidate = buffer[..length];
            if (phrases.TryGetValue(candidate, out PhraseEntry entry) && CaseFits(candidate, entry))
            {
                value = entry.Value;
                tokenCount = end - index;
                return true;
            }
        }

        return false;
    }

    private static int Compose(string text, ReadOnlySpan<Token> tokens, int from, int to, Span<char> buffer)
    {
        int length = 0;
        for (int i = from; i < to; i++)
        {
            ReadOnlySpan<char> part = tokens[i].Slice(text);
            int needed = part.Length + (i > from ? 1 : 0);
            if (length + needed > buffer.Length)
            {
                return -1;
            }

            if (i > from)
            {
                buffer[length++] = ' ';
            }

            part.CopyTo(buffer[length..]);
            length += part.Length;
        }

        return length;
    }

    private static bool HasParagraphBreak(string text, int from, int to)
    {
        int newlines = 0;
        for (int i = from; i < to; i++)
        {
            if (text[i] == '\n' && ++newlines > 1)
            {
                return true;
            }
        }

        return false;
    }

    private static bool CaseFits(ReadOnlySpan<char> candidate, in PhraseEntry entry) => entry.Rule switch
    {
        CaseRule.Exact => candidate.SequenceEqual(entry.Surface),
        CaseRule.Capitalized => char.IsUpper(candidate[0]) || !char.IsLetter(candidate[0]),
        _ => true,
    };

    private static CaseRule CaseRuleOf(string term)
    {
        if (term.Length == 0 || char.IsLower(term[0]))
        {
            return CaseRule.AnyCase;
        }

        // An acronym: a single word with a capital after its first letter ("US", "UAE", "LeT", "U.S.").
        if (term.Contains(' ', StringComparison.Ordinal))
        {
            return CaseRule.Capitalized;
        }

        for (int i = 1; i < term.Length; i++)
        {
            if (char.IsUpper(term[i]))
            {
                return term.Contains('-', StringComparison.Ordinal) || term.Contains('\'', StringComparison.Ordinal) ? CaseRule.Capitalized : CaseRule.Exact;
            }
        }

        return CaseRule.Capitalized;
    }

    private readonly record struct PhraseEntry(string Surface, CaseRule Rule, T Value);
}
