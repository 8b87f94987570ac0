using System.Collections.Frozen;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Numbers;

/// <summary>
/// Reads an amount at a token: digits with separators ("1,200", "1.2 million"), words ("eleven",
/// "twenty-one", "a dozen", "two dozen"), bounds and ranges ("at least 7", "up to 30", "between 10 and 15",
/// "7 to 10") and vague amounts ("dozens", "several"). Refuses numbers that are not counts: ordinals,
/// percentages, clock times, decimals, measures ("five kilometers"), labels ("Resolution 598"), dates
/// ("March 5") and ages ("Haji Mohammad Islam, 55"). Years are read but flagged. Allocation-free.
/// </summary>
internal static class QuantityParser
{
    // Most words of a sentence start no amount: one lookup turns them away before the modifier and
    // number readers each look them up in their own tables.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadingWords =
        NumberReader.LeadingWords.Concat(BoundModifiers.FirstWords).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly KeyFilter LeadingWordFilter = KeyFilter.Build(LeadingWords.Set);

    /// <summary>
    /// False when the word at <paramref name="token"/> cannot begin an amount; true for numbers, for
    /// the words an amount may begin with, and for hyphenated words (which may be compound cardinals).
    /// </summary>
    public static bool MayStart(string text, Token token)
    {
        if (token.Kind != TokenKind.Word)
        {
            return token.Kind == TokenKind.Number;
        }

        ReadOnlySpan<char> word = token.Slice(text);
        return (LeadingWordFilter.MayContain(word) && LeadingWords.Contains(word)) || word.IndexOfAny('-', '\u2010', '\u2011') > 0;
    }
    /// <summary>
    /// Tries to read an amount whose first token (a modifier or the number itself) is
    /// <paramref name="index"/>, not reading at or past <paramref name="limit"/>. A label word just
    /// before a bare number ("in 1990", "flight 17") makes it no amount, unless the caller knows better
    /// (<paramref name="labelIsWord"/>: "resulted in 127 dead").
    /// </summary>
    public static bool TryParse(string text, Token[] tokens, int index, int limit, out Quantity quantity, bool labelIsWord = false)
    {
        quantity = default;
        // A caller may ask right after the last token ("police are holding" ending an item with no final stop).
        if (index < 0 || index >= Math.Min(limit, tokens.Length) || !MayStart(text, tokens[index]))
        {
            return false;
        }

        int i = index;
        NumberBound bound = NumberBound.Exact;
        bool hedged = false;
        for (int pass = 0; pass < 2 && i < limit; pass++)
        {
            if (!BoundModifiers.TryRead(text, tokens, i, limit, out int length, out NumberBound modifier))
            {
                break;
            }

            i += length;
            hedged |= modifier is NumberBound.About or NumberBound.Nearly;
            if (modifier is not (NumberBound.Exact or NumberBound.About))
            {
                bound = modifier;
            }
        }

        if (i >= limit || !NumberReader.TryRead(text, tokens, i, limit, out int? value, out int next, out bool year))
        {
            return false;
        }

        if (i == index && index > 0 && !labelIsWord && IsLabelBefore(text, tokens, index))
        {
            return false;
        }

        int? upper = null;
        if (value is not null && next + 1 < limit)
        {
            ReadOnlySpan<char> joint = tokens[next].Slice(text);
            bool rangeWord = bound == NumberBound.Between
                ? joint.Equals("and", StringComparison.OrdinalIgnoreCase)
                : joint.Equals("to", StringComparison.OrdinalIgnoreCase) || joint.Equals("or", StringComparison.OrdinalIgnoreCase)
                  || tokens[next].Kind == TokenKind.Dash;
            if (rangeWord && NumberReader.TryRead(text, tokens, next + 1, limit, out int? second, out int afterSecond, out _)
                && second is not null && second > value)
            {
                upper = second;
                next = afterSecond;
            }
        }

        if (upper is null && value is not null && bound == NumberBound.Exact && IsOrMore(text, tokens, next, limit))
        {
            // "killing 107 or more": a lower bound, like "at least 107".
            bound = NumberBound.AtLeast;
            next += 2;
        }

        if (next < limit && IsMeasureAfter(text, tokens, next))
        {
            return false;
        }

        if (i == index && value is not null && IsAge(text, tokens, index, next, limit))
        {
            return false;
        }

        quantity = Build(value, upper, bound, hedged, index, next, year && upper is null && i == index);
        return true;
    }

    private static Quantity Build(int? value, int? upper, NumberBound bound, bool hedged, int first, int end, bool year)
    {
        if (value is null)
        {
            return new Quantity(null, null, null, true, first, end, false);
        }

        if (upper is not null)
        {
            return new Quantity(value, value, upper, hedged, first, end, false);
        }

        return (bound, hedged) switch
        {
            (NumberBound.AtLeast, _) => new Quantity(value, value, null, false, first, end, year),
            (NumberBound.AtMost, _) => new Quantity(value, null, value, false, first, end, year),
            (NumberBound.Nearly, _) => new Quantity(value, null, value, true, first, end, year),
            (_, true) => new Quantity(value, null, null, true, first, end, year),
            _ => new Quantity(value, value, value, false, first, end, year),
        };
    }

    private static bool IsOrMore(string text, Token[] tokens, int next, int limit) =>
        next + 1 < limit && tokens[next].Slice(text).Equals("or", StringComparison.OrdinalIgnoreCase)
        && tokens[next + 1].Slice(text).Equals("more", StringComparison.OrdinalIgnoreCase);

    private static bool IsMeasureAfter(string text, Token[] tokens, int next)
    {
        Token after = tokens[next];
        if (after.Kind is TokenKind.Word or TokenKind.Abbreviation)
        {
            return NumberWords.IsUnit(after.Slice(text));
        }

        return after.Kind == TokenKind.Symbol && after.Slice(text) is ['%' or '$' or '\u00A3' or '\u20AC'];
    }

    private static bool IsLabelBefore(string text, Token[] tokens, int index)
    {
        Token before = tokens[index - 1];
        if (before.Kind == TokenKind.Symbol)
        {
            // $5, £20, €3, #4.
            return true;
        }

        if (before.Kind is TokenKind.Word or TokenKind.Abbreviation && before.End == tokens[index].Start)
        {
            // Glued to a word: "US$5".
            return true;
        }

        return before.Kind is TokenKind.Word or TokenKind.Abbreviation && NumberWords.IsLabel(before.Slice(text));
    }

    /// <summary>"Haji Mohammad Islam, 55," or "(55)": a number set off after a name is an age.</summary>
    private static bool IsAge(string text, Token[] tokens, int index, int next, int limit)
    {
        if (index < 2 || tokens[index].Kind != TokenKind.Number)
        {
            return false;
        }

        ReadOnlySpan<char> before = tokens[index - 1].Slice(text);
        bool setOff = before is [','] || before is ['('];
        if (!setOff)
        {
            return false;
        }

        ReadOnlySpan<char> name = tokens[index - 2].Slice(text);
        if (tokens[index - 2].Kind != TokenKind.Word || name.Length == 0 || !char.IsUpper(name[0]))
        {
            return false;
        }

        if (next >= limit)
        {
            return true;
        }

        return tokens[next].Slice(text) is [',' or '.' or ')' or ';'];
    }
}
