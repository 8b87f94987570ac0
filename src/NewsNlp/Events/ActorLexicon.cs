using System.Collections.Frozen;
using System.Runtime.InteropServices;
using NewsNlp.Extraction.Countries;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events;

/// <summary>
/// International bodies, armed groups and state agencies that act in events
/// (<see cref="ActorTable"/>), matched case-sensitively on tokens, and without
/// regard to case among words written in capitals (wire bulletins such as "FMLN FIGHTERS ATTACKED").
/// Complements the organisation records of the country stage. Immutable and thread-safe.
/// </summary>
internal sealed class ActorLexicon
{
    private static readonly Lazy<ActorLexicon> Shared = new(() => Build(ActorTable.Default));

    private readonly FrozenDictionary<string, AliasEntry[]>.AlternateLookup<ReadOnlySpan<char>> byFirstToken;

    private readonly FrozenDictionary<string, AliasEntry[]>.AlternateLookup<ReadOnlySpan<char>> byFirstTokenInCapitals;

    private ActorLexicon(FrozenDictionary<string, AliasEntry[]> index, FrozenDictionary<string, AliasEntry[]> folded)
    {
        byFirstToken = index.GetAlternateLookup<ReadOnlySpan<char>>();
        byFirstTokenInCapitals = folded.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lexicon shipped with NewsNlp.</summary>
    public static ActorLexicon Default => Shared.Value;

    private static ActorLexicon Build(ActorRow[] rows)
    {
        var index = new Dictionary<string, List<AliasEntry>>(StringComparer.Ordinal);
        var tokens = new List<Token>();
        foreach (ActorRow row in rows)
        {
            string code = row.Country ?? row.Name;
            foreach (string alias in row.Aliases)
            {
                tokens.Clear();
                Tokenizer.Tokenize(alias, tokens);
                string[] words = [.. tokens.Select(t => alias.Substring(t.Start, t.Length))];
                if (!index.TryGetValue(words[0], out List<AliasEntry>? list))
                {
                    index[words[0]] = list = [];
                }

                list.Add(new AliasEntry(words, code));
            }
        }

        // Keys that differ only in case ("Amal", "AMAL") share one folded entry list.
        var folded = new Dictionary<string, List<AliasEntry>>(StringComparer.OrdinalIgnoreCase);
        foreach ((string first, List<AliasEntry> entries) in index)
        {
            if (!folded.TryGetValue(first, out List<AliasEntry>? list))
            {
                folded[first] = list = [];
            }

            list.AddRange(entries);
        }

        return new ActorLexicon(Order(index, StringComparer.Ordinal), Order(folded, StringComparer.OrdinalIgnoreCase));
    }

    private static FrozenDictionary<string, AliasEntry[]> Order(Dictionary<string, List<AliasEntry>> index, StringComparer comparer) =>
        index.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(e => e.Words.Length).ToArray(), comparer);

    /// <summary>Appends the actor mentions found in <paramref name="document"/>, longest match first at each position.</summary>
    public void Find(Document document, List<ActorMention> output)
    {
        Token[] tokens = document.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind is not (TokenKind.Word or TokenKind.Abbreviation))
            {
                continue;
            }

            StringComparison comparison = StringComparison.Ordinal;
            if (!byFirstToken.TryGetValue(document.Span(tokens[i]), out AliasEntry[]? entries))
            {
                // "FARABUNDO MARTI NATIONAL LIBERATION FRONT" in a bulletin written in capitals.
                if (!IsInCapitals(document.Span(tokens[i])) || !byFirstTokenInCapitals.TryGetValue(document.Span(tokens[i]), out entries)
                    || !LetterCase.IsShouting(document.Text, tokens, i))
                {
                    continue;
                }

                comparison = StringComparison.OrdinalIgnoreCase;
            }

            foreach (AliasEntry entry in entries)
            {
                if (Matches(document, i, entry.Words, comparison))
                {
                    output.Add(new ActorMention(i, i + entry.Words.Length - 1, entry.Code, ActorForm.Organization));
                    i += entry.Words.Length - 1;
                    break;
                }
            }
        }
    }

    private static bool IsInCapitals(ReadOnlySpan<char> word) => word.Length > 1 && char.IsUpper(word[0]) && char.IsUpper(word[1]) && !word.ContainsAnyInRange('a', 'z');

    private static bool Matches(Document document, int start, string[] words, StringComparison comparison)
    {
        if (start + words.Length > document.Tokens.Length)
        {
            return false;
        }

        for (int k = 1; k < words.Length; k++)
        {
            ReadOnlySpan<char> word = document.Span(document.Tokens[start + k]);
            if (!word.Equals(words[k], comparison) || (comparison != StringComparison.Ordinal && word.ContainsAnyInRange('a', 'z')))
            {
                return false;
            }
        }

        return true;
    }

    [StructLayout(LayoutKind.Auto)]
    private readonly record struct AliasEntry(string[] Words, string Code);
}
