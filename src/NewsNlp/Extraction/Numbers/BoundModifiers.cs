using System.Collections.Frozen;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Numbers;

/// <summary>Reads the words that bound a number ("at least 7", "up to 30", "about 40", "between 10 and 15").</summary>
internal static class BoundModifiers
{
    private static readonly (string[] Words, NumberBound Bound)[] Modifiers =
        [.. ResourceFile.ReadRows("NewsNlp.Lexicon/numbers/bound-modifiers.tsv").Select(static r => (r[0].Split(' '), Enum.Parse<NumberBound>(r[1])))];

    /// <summary>First words of <see cref="Modifiers"/>, to reject most tokens with one lookup.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ModifierStarts =
        FirstWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The first words of the bound phrases ("at" of "at least").</summary>
    public static IEnumerable<string> FirstWords => Modifiers.Select(static m => m.Words[0]);

    /// <summary>The longest-listed bound phrase at token <paramref name="i"/>, tried in file order.</summary>
    public static bool TryRead(string text, Token[] tokens, int i, int limit, out int length, out NumberBound bound)
    {
        length = 0;
        bound = NumberBound.Exact;
        if (tokens[i].Kind != TokenKind.Word || !ModifierStarts.Contains(tokens[i].Slice(text)))
        {
            return false;
        }

        foreach ((string[] words, NumberBound b) in Modifiers)
        {
            if (i + words.Length > limit)
            {
                continue;
            }

            bool match = true;
            for (int k = 0; k < words.Length && match; k++)
            {
                match = tokens[i + k].Slice(text).Equals(words[k], StringComparison.OrdinalIgnoreCase);
            }

            if (match)
            {
                length = words.Length;
                bound = b;
                return true;
            }
        }

        return false;
    }
}
