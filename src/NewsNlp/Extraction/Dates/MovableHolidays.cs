namespace NewsNlp.Extraction.Dates;

/// <summary>
/// Holidays whose date moves from year to year: Easter, Good Friday, US Thanksgiving and US Election Day (computed), Eid al-Fitr and
/// Eid al-Adha (a table of the dates announced in Saudi Arabia, 2017-2026; our own compilation of
/// public facts; other countries may differ by a day). Years outside the table give no value.
/// </summary>
internal static class MovableHolidays
{
    /// <summary>Easter Sunday.</summary>
    public const int Easter = 1;

    /// <summary>Good Friday, two days before Easter.</summary>
    public const int GoodFriday = 2;

    /// <summary>Eid al-Fitr, the end of Ramadan.</summary>
    public const int EidAlFitr = 3;

    /// <summary>Eid al-Adha.</summary>
    public const int EidAlAdha = 4;

    /// <summary>Thanksgiving in the United States, the fourth Thursday of November.</summary>
    public const int Thanksgiving = 5;

    /// <summary>Election Day in the United States, the Tuesday after the first Monday of November of an even year.</summary>
    public const int ElectionDay = 6;

    private const int FirstTableYear = 2017;

    /// <summary>(month, day) of Eid al-Fitr from 2017.</summary>
    private static readonly (int Month, int Day)[] Fitr =
        [(6, 25), (6, 15), (6, 4), (5, 24), (5, 13), (5, 2), (4, 21), (4, 10), (3, 30), (3, 20)];

    /// <summary>(month, day) of Eid al-Adha from 2017.</summary>
    private static readonly (int Month, int Day)[] Adha =
        [(9, 1), (8, 21), (8, 11), (7, 31), (7, 20), (7, 9), (6, 28), (6, 16), (6, 6), (5, 27)];

    /// <summary>The holiday's date in <paramref name="year"/>, or null when unknown.</summary>
    public static DateOnly? InYear(int holiday, int year)
    {
        if (year is < 1583 or > 9999)
        {
            return null;
        }

        switch (holiday)
        {
            case Easter:
                return EasterSunday(year);
            case GoodFriday:
                return EasterSunday(year).AddDays(-2);
            case EidAlFitr or EidAlAdha:
                (int Month, int Day)[] table = holiday == EidAlFitr ? Fitr : Adha;
                int k = year - FirstTableYear;
                return (uint)k < (uint)table.Length ? new DateOnly(year, table[k].Month, table[k].Day) : null;
            case Thanksgiving:
                var first = new DateOnly(year, 11, 1);
                return first.AddDays((((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7) + 21);
            case ElectionDay when year % 2 != 0:
                // Federal elections fall in even years; an odd year's local elections are not what "Election Day" names.
                return null;
            case ElectionDay:
                var november = new DateOnly(year, 11, 1);
                return november.AddDays((((int)DayOfWeek.Monday - (int)november.DayOfWeek + 7) % 7) + 1);
            default:
                return null;
        }
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" algorithm).</summary>
    private static DateOnly EasterSunday(int year)
    {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31;
        int day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
