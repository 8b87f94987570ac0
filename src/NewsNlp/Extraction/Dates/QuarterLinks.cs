using System.Globalization;

namespace NewsNlp.Extraction.Dates;

/// <summary>
/// Quarters told together in one sentence, which share a year: a quarter in apposition to a year-ago quarter ("In the
/// year-ago quarter, the second quarter ended Oct. 31, ...": that quarter a year back, its closing day too) and the ordinals of
/// a list ("the third and fourth quarters": the first one's year). One per <see cref="DateResolver"/>, reset for each
/// document; it sees every mention in text order.
/// </summary>
internal sealed class QuarterLinks
{
    /// <summary>
    /// A year-ago quarter with a quarter in apposition: the quarter (year * 4 + quarter - 1), its sentence and the token after
    /// it; then the apposed quarter's own end token (0 before it is seen).
    /// </summary>
    private (int Quarter, int Sentence, int EndToken, int ApposedEnd)? apposition;

    /// <summary>The last member of a list of quarters or halves resolved: its sentence, the token after it and its year.</summary>
    private (int Sentence, int EndToken, int Year)? listed;

    /// <summary>Forgets the previous document.</summary>
    public void Reset()
    {
        apposition = null;
        listed = null;
    }

    /// <summary>
    /// <paramref name="r"/>, the value of <paramref name="m"/> on its own, as the quarters told with it make it;
    /// <paramref name="apposed"/> is true for the quarter in apposition to a year-ago quarter (a past quarter, not the one
    /// reported).
    /// </summary>
    public ResolvedDate Apply(in TemporalMention m, ResolvedDate r, out bool apposed)
    {
        apposed = false;
        if (apposition is (int appositionQuarter, int sentence, int endToken, int apposedEnd) && m.Sentence == sentence)
        {
            if (m.Kind == TemporalKind.YearPart && m.Unit == TimeUnit.Quarter && m.Year == 0 && m.FirstToken == endToken + 1
                && m.Month == (appositionQuarter % 4) + 1)
            {
                // The quarter in apposition to a year-ago quarter is that quarter, a year back.
                r = new ResolvedDate(Timex.Year(appositionQuarter / 4) + "-Q" + m.Month.ToString(CultureInfo.InvariantCulture), "date", null);
                apposition = (appositionQuarter, sentence, endToken, m.EndToken);
                apposed = true;
            }
            else if (m.Kind == TemporalKind.CalendarDate && m.Year == 0 && apposedEnd > 0 && m.FirstToken == apposedEnd + 1
                && CalendarMath.IsValid(appositionQuarter / 4, m.Month, m.Day))
            {
                // "... the second quarter ended Oct. 31": the quarter's closing day, in its year (a fiscal quarter may close in
                // the calendar year after: "the fourth quarter ended Jan. 31").
                int year = (appositionQuarter / 4) + (m.Month < (((appositionQuarter % 4) * 3) + 1) ? 1 : 0);
                r = CalendarMath.IsValid(year, m.Month, m.Day) ? ResolvedDate.OfDay(new DateOnly(year, m.Month, m.Day), PartOfDay.None) : r;
            }
        }

        if (m.Listed && m.Kind == TemporalKind.YearPart && r.Value is { Length: 7 } listedValue
            && int.TryParse(listedValue.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int listedYear))
        {
            if (m.Year == 0 && listed is (int listSentence, int listEnd, int firstYear) && listSentence == m.Sentence && m.FirstToken == listEnd + 1)
            {
                // "the third and fourth quarters": one year for the list, the first member's.
                listedYear = firstYear;
                r = r with { Value = Timex.Year(firstYear) + listedValue[4..] };
            }

            listed = (m.Sentence, m.EndToken, listedYear);
        }

        if (m.Kind == TemporalKind.Ago && m.Unit == TimeUnit.Year && m.Month > 0 && r.Value is { Length: 7 } apposedValue
            && int.TryParse(apposedValue.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int apposedYear))
        {
            apposition = ((apposedYear * 4) + m.Month - 1, m.Sentence, m.EndToken, 0);
        }

        return r;
    }
}
