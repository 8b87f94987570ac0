using System.Globalization;

namespace NewsNlp.Extraction.Dates;

/// <summary>Weekdays, relative days, weeks, months and years, "ago" and anchor offsets.</summary>
internal sealed partial class DateResolver
{
    private ResolvedDate Weekday(in TemporalMention m, Tense tense)
    {
        if (Anchor is not DateOnly anchor)
        {
            string suffix = DateLexicon.Suffix(m.Part);
            return new ResolvedDate("XXXX-WXX-" + DateRecognizer.IsoWeekdayDigit(m.Weekday) + suffix, "date", null);
        }

        int today = (int)anchor.DayOfWeek;
        int back = ((today - m.Weekday) + 7) % 7;
        int ahead = ((m.Weekday - today) + 7) % 7;
        int offset;
        if (m.HasShift && m.Shift < 0)
        {
            // "last Friday": the most recent Friday before the article's day.
            offset = -(back == 0 ? 7 : back);
        }
        else if (m.HasShift && m.Shift > 0)
        {
            offset = ahead == 0 ? 7 : ahead;
        }
        else if (m.HasShift)
        {
            // "this Friday": the Friday of the article's ISO week.
            int isoToday = today == 0 ? 7 : today;
            int isoTarget = m.Weekday == 0 ? 7 : m.Weekday;
            offset = isoTarget - isoToday;
        }
        else
        {
            offset = tense == Tense.Future ? ahead : -back;
        }

        return AddDays(anchor, offset) is DateOnly d ? DayResult(d, m.Part) : Unresolved;
    }

    private ResolvedDate RelativeDay(in TemporalMention m) =>
        Anchor is DateOnly anchor && AddDays(anchor, m.Shift) is DateOnly d ? DayResult(d, m.Part) : Unresolved;

    private ResolvedDate RelativeUnit(in TemporalMention m, Tense tense)
    {
        if (Anchor is not DateOnly anchor)
        {
            return Unresolved;
        }

        if (m.Unit == TimeUnit.Week && m.Shift == 0 && tense == Tense.Past && anchor.DayOfWeek == DayOfWeek.Monday)
        {
            // "This week saw a referendum" written on a Monday looks back on the week just ended.
            return Shifted(anchor, m.Unit, -1);
        }

        return Shifted(anchor, m.Unit, m.Shift);
    }

    private ResolvedDate Ago(in TemporalMention m)
    {
        if (!m.HasShift || Anchor is not DateOnly anchor)
        {
            return Unresolved;
        }

        return m.Unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second ? DayResult(anchor, PartOfDay.None) : Shifted(anchor, m.Unit, m.Shift);
    }

    private ResolvedDate AnchorOffset(in TemporalMention m)
    {
        if (!m.HasShift || Last is not DateOnly last)
        {
            return Unresolved;
        }

        if (m.Unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second)
        {
            return DayResult(last, PartOfDay.None);
        }

        DateOnly from = m.Unit switch
        {
            TimeUnit.Month or TimeUnit.Quarter when LastMonth is DateOnly month => month,
            TimeUnit.Year or TimeUnit.Decade when LastYear is int year && IsValidYear(year) => new DateOnly(year, 1, 1),
            _ => last,
        };
        return Shifted(from, m.Unit, m.Shift);
    }

    /// <summary>The unit containing <paramref name="from"/>, moved by <paramref name="shift"/> units, at that unit's granularity.</summary>
    private static ResolvedDate Shifted(DateOnly from, TimeUnit unit, int shift)
    {
        switch (unit)
        {
            case TimeUnit.Day:
                return AddDays(from, shift) is DateOnly d ? DayResult(d, PartOfDay.None) : Unresolved;
            case TimeUnit.Week:
                return AddDays(from, 7 * shift) is DateOnly w ? new ResolvedDate(Week(w), "date", null) : Unresolved;
            case TimeUnit.Weekend:
                return AddDays(from, 7 * shift) is DateOnly we ? new ResolvedDate(Week(we) + "-WE", "date", null) : Unresolved;
            case TimeUnit.Month:
                long months = (from.Year * 12L) + (from.Month - 1) + shift;
                int year = (int)(months / 12);
                return IsValidYear(year) && months >= 0 ? new ResolvedDate(MonthValue(year, (int)(months % 12) + 1), "date", null) : Unresolved;
            case TimeUnit.Quarter:
                long quarters = (from.Year * 4L) + ((from.Month - 1) / 3) + shift;
                int qYear = (int)(quarters / 4);
                return IsValidYear(qYear) && quarters >= 0
                    ? new ResolvedDate(string.Create(CultureInfo.InvariantCulture, $"{qYear:D4}-Q{(quarters % 4) + 1}"), "date", null)
                    : Unresolved;
            case TimeUnit.Year:
            case TimeUnit.Decade:
            case TimeUnit.Century:
                long years = from.Year + ((long)shift * (unit == TimeUnit.Year ? 1 : unit == TimeUnit.Decade ? 10 : 100));
                return years is >= 1 and <= 9999 ? new ResolvedDate(Year((int)years), "date", null) : Unresolved;
            default:
                return Unresolved;
        }
    }

    /// <summary><paramref name="d"/> plus <paramref name="days"/>, or null outside the calendar.</summary>
    private static DateOnly? AddDays(DateOnly d, long days)
    {
        long n = d.DayNumber + days;
        return n >= DateOnly.MinValue.DayNumber && n <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber((int)n) : null;
    }
}
