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
        if (index >= s.Limit || !s.Document.TryGet(out DateLayer? layer))
        {
            return index;
        }

        int opening = s.Is(index, TimePrepositions) ? index + 1 : index;
        if (opening >= s.Limit)
        {
            return index;
        }

        // The dates are in text order: a binary search finds the one that starts here, if any.
        int start = s.Tokens[opening].Start;
        var dates = layer.Dates;
        int lo = LowerBound.Of<DateEntity>(dates.AsSpan(), start, static d => d.Start);

        if (lo >= dates.Length || dates[lo].Start != start || dates[lo].End > s.Tokens[s.Limit - 1].End)
        {
            return index;
        }

        int k = opening;
        while (k < s.Limit && s.Tokens[k].Start < dates[lo].End)
        {
            k++;
        }

        return k;
    }

    /// <summary>
    /// True when token <paramref name="index"/> lies inside one of the date stage's expressions ("the September 1 blast"), with
    /// <paramref name="end"/> the token after it: a day's number is no count.
    /// </summary>
    public static bool Inside(in CasualtySentence s, int index, out int end)
    {
        end = index;
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

        int k = index;
        while (k < s.Limit && s.Tokens[k].Start < dates[after - 1].End)
        {
            k++;
        }

        end = k;
        return true;
    }
}
