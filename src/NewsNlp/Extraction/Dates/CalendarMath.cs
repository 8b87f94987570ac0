using System.Globalization;

namespace NewsNlp.Extraction.Dates;

/// <summary>Calendar arithmetic that stays inside the representable calendar (years 1..9999).</summary>
internal static class CalendarMath
{
    /// <summary>True for a year of the calendar.</summary>
    public static bool IsValidYear(int year) => year is >= 1 and <= 9999;

    /// <summary>True for an existing day.</summary>
    public static bool IsValid(int year, int month, int day) =>
        IsValidYear(year) && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>The unit containing <paramref name="from"/>, moved by <paramref name="shift"/> units, at that unit's granularity.</summary>
    public static ResolvedDate Shifted(DateOnly from, TimeUnit unit, int shift)
    {
        switch (unit)
        {
            case TimeUnit.Day:
                return AddDays(from, shift) is DateOnly d ? ResolvedDate.OfDay(d, PartOfDay.None) : ResolvedDate.Unresolved;
            case TimeUnit.Week:
                return AddDays(from, 7 * shift) is DateOnly w ? new ResolvedDate(Timex.Week(w), "date", null) : ResolvedDate.Unresolved;
            case TimeUnit.Weekend:
                return AddDays(from, 7 * shift) is DateOnly we ? new ResolvedDate(Timex.Week(we) + "-WE", "date", null) : ResolvedDate.Unresolved;
            case TimeUnit.Month:
                long months = (from.Year * 12L) + (from.Month - 1) + shift;
                int year = (int)(months / 12);
                return IsValidYear(year) && months >= 0 ? new ResolvedDate(Timex.Month(year, (int)(months % 12) + 1), "date", null) : ResolvedDate.Unresolved;
            case TimeUnit.Quarter:
                long quarters = (from.Year * 4L) + ((from.Month - 1) / 3) + shift;
                int qYear = (int)(quarters / 4);
                return IsValidYear(qYear) && quarters >= 0
                    ? new ResolvedDate(string.Create(CultureInfo.InvariantCulture, $"{qYear:D4}-Q{(quarters % 4) + 1}"), "date", null)
                    : ResolvedDate.Unresolved;
            case TimeUnit.Year:
            case TimeUnit.Decade:
            case TimeUnit.Century:
                long years = from.Year + ((long)shift * (unit == TimeUnit.Year ? 1 : unit == TimeUnit.Decade ? 10 : 100));
                return years is >= 1 and <= 9999 ? new ResolvedDate(Timex.Year((int)years), "date", null) : ResolvedDate.Unresolved;
            default:
                return ResolvedDate.Unresolved;
        }
    }

    /// <summary><paramref name="d"/> plus <paramref name="days"/>, or null outside the calendar.</summary>
    public static DateOnly? AddDays(DateOnly d, long days)
    {
        long n = d.DayNumber + days;
        return n >= DateOnly.MinValue.DayNumber && n <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber((int)n) : null;
    }
}
