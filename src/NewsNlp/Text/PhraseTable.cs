using System.Collections.Frozen;
using NewsNlp.Lexicons;

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

    // Every phrase and every proper token prefix of a phrase ("United", "United Arab"), so a match
    // grows token by token and stops as soon as no longer phrase can start with what it has read:
    // one lookup for most tokens instead of one per possible length.
    private readonly FrozenDictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> nodes;

    // Most tokens start no phrase: the filter turns them away before the dictionary folds them.
    private readonly KeyFilter filter;

    private PhraseTable(Dictionary<string, Node> nodes, int maxTokens)
    {
        this.nodes = nodes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        filter = KeyFilter.Build(nodes.Keys);
        MaxTokens = maxTokens;
    }

    /// <summary>The longest phrase, in tokens.</summary>
    public int MaxTokens { get; }

    /// <summary>Builds a table from (term, payload) pairs; the first payload given for a key wins,
    /// and the most permissive case rule among terms that differ only in case is kept.</summary>
    public static PhraseTable<T> Build(IEnumerable<(string Term, T Value)> terms)
    {
        var phrases = new Dictionary<string, PhraseEntry>(StringComparer.OrdinalIgnoreCase);
        var prefixes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
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
            for (int k = 1, cut = tokens[0].Length; k < tokens.Length; cut += 1 + tokens[k].Length, k++)
            {
                prefixes.Add(key[..cut]);
            }

            maxTokens = Math.Max(maxTokens, tokens.Length);
        }

        var nodes = new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
        foreach ((string key, PhraseEntry entry) in phrases)
        {
            nodes[key] = new Node(true, prefixes.Contains(key), entry);
        }

        foreach (string prefix in prefixes)
        {
            nodes.TryAdd(prefix, new Node(false, true, default));
        }

        return new PhraseTable<T>(nodes, maxTokens);
    }

    /// <summary>True when some phrase starts with <paramref name="token"/> (a cheap pre-filter).</summary>
    public bool MayStartWith(ReadOnlySpan<char> token) => filter.MayContain(token) && nodes.ContainsKey(token);

    /// <summary>Looks up one span (a single token or a segment of a hyphenated word) with its case rule.</summary>
    public bool TryLookup(ReadOnlySpan<char> span, out T value)
    {
        if (filter.MayContain(span) && nodes.TryGetValue(span, out Node node) && node.IsPhrase && CaseFits(span, node.Entry))
        {
            PhraseEntry entry = node.Entry;
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
        if ((uint)index >= (uint)tokens.Length)
        {
            return false;
        }

        ReadOnlySpan<char> first = tokens[index].Slice(text);
        if (!filter.MayContain(first) || !nodes.TryGetValue(first, out Node node))
        {
            return false;
        }

        limit = Math.Min(Math.Min(limit, tokens.Length), index + MaxTokens);
        Span<char> buffer = stackalloc char[MaxKeyChars];
        int length = 0;
        for (int end = index + 1; ; end++)
        {
            ReadOnlySpan<char> candidate = end == index + 1 ? first : buffer[..length];
            if (node.IsPhrase && CaseFits(candidate, node.Entry))
            {
                value = node.Entry.Value;
                tokenCount = end - index;
            }

            // Grow by the next token while a longer phrase can start with this one and no blank line intervenes.
            if (!node.IsPrefix || end >= limit || HasParagraphBreak(text, tokens[end - 1].End, tokens[end].Start))
            {
                break;
            }

            if (end == index + 1)
            {
                if (first.Length > buffer.Length)
                {
                    break;
                }

                first.CopyTo(buffer);
                length = first.Length;
            }

            ReadOnlySpan<char> next = tokens[end].Slice(text);
            if (length + 1 + next.Length > buffer.Length)
            {
                break;
            }

            buffer[length++] = ' ';
            next.CopyTo(buffer[length..]);
            length += next.Length;
            if (!nodes.TryGetValue(buffer[..length], out node))
            {
                break;
            }
        }

        return tokenCount > 0;
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

    /// <summary>A key of the table: a whole phrase, a proper prefix of a longer one, or both.</summary>
    private readonly record struct Node(bool IsPhrase, bool IsPrefix, PhraseEntry Entry);
}
