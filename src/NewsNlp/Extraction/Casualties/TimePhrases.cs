using NewsNlp.Extraction.Dates;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// Time phrases that stand between a casualty word and its victims ("killed on Sunday 14 villagers", "the killings during
/// the past 72 hours of a judge"), found by the date stage's expressions, which run before the casualty stage.
/// </summary>
internal static class TimePhrases
{
    private static readonly WordClass TimePrepositions = Lexicon.Default.Class("casualties/time-prepositions");

    /// <summary>
    /// The token after a time phrase that stands at <paramref name="index"/> ("over 3 months ago", "during the past
    /// 72 hours", "last week"), by the date stage's expressions, or <paramref name="index"/> when none does.
    /// </summary>
    public static int Skip(in CasualtySentence s, int index)
    {
        int opening = s.Is(index, TimePrepositions) ? index + 1 : index;
        // The expression must start at the opening word and end inside the sentence.
        return Covering(s, opening, out DateEntity date) && date.Start == s.Tokens[opening].Start && date.End <= s.Tokens[s.Limit - 1].End
            ? TokenAfter(s, opening, date)
            : index;
    }

    /// <summary>
    /// True when token <paramref name="index"/> lies inside one of the date stage's expressions ("the September 1 blast"), with
    /// <paramref name="end"/> the token after it: a day's number is no count.
    /// </summary>
    public static bool Inside(in CasualtySentence s, int index, out int end)
    {
        bool inside = Covering(s, index, out DateEntity date);
        end = inside ? TokenAfter(s, index, date) : index;
        return inside;
    }

    // The date expression that covers token `index` (the dates are in text order: a binary search finds the last one that starts
    // at or before it).
    private static bool Covering(in CasualtySentence s, int index, out DateEntity date)
    {
        date = default;
        if (index >= s.Limit || !s.Document.TryGet(out DateLayer? layer))
        {
            return false;
        }

        int start = s.Tokens[index].Start;
        var dates = layer.Dates;
        int after = LowerBound.Of<DateEntity>(dates.AsSpan(), start + 1, static d => d.Start);
        if (after == 0 || dates[after - 1].End <= start)
        {
            return false;
        }

        date = dates[after - 1];
        return true;
    }

    private static int TokenAfter(in CasualtySentence s, int from, DateEntity date)
    {
        int k = from;
        while (k < s.Limit && s.Tokens[k].Start < date.End)
        {
            k++;
        }

        return k;
    }
}
