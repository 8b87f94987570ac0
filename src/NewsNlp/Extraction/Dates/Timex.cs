using System.Globalization;

namespace NewsNlp.Extraction.Dates;

/// <summary>TIMEX3 value spellings shared by the patterns and the resolver.</summary>
internal static class Timex
{
    /// <summary>The ISO 8601 duration for an amount of a unit: "P3D", "PT48H", "P10Y", "PT1H30M".</summary>
    public static string Duration(double amount, TimeUnit unit)
    {
        if (amount != Math.Floor(amount) && unit == TimeUnit.Minute)
        {
            // "a minute and a half": PT1M30S; ISO 8601 writes the part of a minute in seconds.
            int seconds = (int)Math.Round(amount * 60);
            return string.Create(CultureInfo.InvariantCulture, $"PT{(seconds >= 60 ? (seconds / 60).ToString(CultureInfo.InvariantCulture) + "M" : "")}{(seconds % 60 == 0 ? "" : (seconds % 60).ToString(CultureInfo.InvariantCulture) + "S")}");
        }

        if (amount != Math.Floor(amount) && unit == TimeUnit.Hour)
        {
            int minutes = (int)Math.Round(amount * 60);
            if (minutes >= 60)
            {
                return string.Create(CultureInfo.InvariantCulture, $"PT{minutes / 60}H{(minutes % 60 == 0 ? "" : (minutes % 60).ToString(CultureInfo.InvariantCulture) + "M")}");
            }

            return string.Create(CultureInfo.InvariantCulture, $"PT{minutes}M");
        }

        if (amount != Math.Floor(amount) && unit == TimeUnit.Year && Math.Abs((amount * 12) - Math.Round(amount * 12)) < 1e-9)
        {
            // "2 1/2 years": P2Y6M, as ISO 8601 writes it.
            int months = (int)Math.Round(amount * 12);
            return string.Create(CultureInfo.InvariantCulture, $"P{(months >= 12 ? (months / 12).ToString(CultureInfo.InvariantCulture) + "Y" : "")}{months % 12}M");
        }

        string n = amount.ToString("0.##", CultureInfo.InvariantCulture);
        return unit switch
        {
            TimeUnit.Second => "PT" + n + "S",
            TimeUnit.Minute => "PT" + n + "M",
            TimeUnit.Hour => "PT" + n + "H",
            TimeUnit.Day => "P" + n + "D",
            TimeUnit.Weekend => "P" + n + "WE",
            TimeUnit.Week => "P" + n + "W",
            TimeUnit.Month => "P" + n + "M",
            TimeUnit.Quarter => "P" + n + "Q",
            TimeUnit.Year => "P" + n + "Y",
            TimeUnit.Decade => "P" + (amount * 10).ToString("0.##", CultureInfo.InvariantCulture) + "Y",
            _ => "P" + (amount * 100).ToString("0.##", CultureInfo.InvariantCulture) + "Y",
        };
    }

    /// <summary>A duration of an unknown amount of a unit: "PXY", "PXD", "PTXH".</summary>
    public static string? VagueDuration(TimeUnit unit) => unit switch
    {
        TimeUnit.Second => "PTXS",
        TimeUnit.Minute => "PTXM",
        TimeUnit.Hour => "PTXH",
        TimeUnit.Day => "PXD",
        TimeUnit.Weekend => "PXWE",
        TimeUnit.Week => "PXW",
        TimeUnit.Month => "PXM",
        TimeUnit.Quarter => "PXQ",
        TimeUnit.Year => "PXY",
        TimeUnit.Decade => "PXDE",
        TimeUnit.Century => "PXCE",
        _ => null,
    };

    /// <summary>The ISO weekday digit (Monday 1 .. Sunday 7).</summary>
    public static char IsoWeekdayDigit(int dayOfWeek) => (char)('0' + (dayOfWeek == 0 ? 7 : dayOfWeek));

    // Days, years and months are two values in three, and they repeat: an article tells its own day, month and year again
    // and again, a corpus its few years. Each thread keeps the strings it made last, so a repeated value is no new string.
    [ThreadStatic]
    private static RecentStrings? recentDays;

    [ThreadStatic]
    private static RecentStrings? recentYears;

    [ThreadStatic]
    private static RecentStrings? recentMonths;

    /// <summary>"2024-01-19".</summary>
    public static string Day(DateOnly d)
    {
        RecentStrings recent = recentDays ??= new RecentStrings();
        return recent.Get(d.DayNumber) ?? recent.Add(d.DayNumber, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>"2024".</summary>
    public static string Year(int year)
    {
        RecentStrings recent = recentYears ??= new RecentStrings();
        return recent.Get(year) ?? recent.Add(year, year.ToString("D4", CultureInfo.InvariantCulture));
    }

    /// <summary>"2024-01".</summary>
    public static string Month(int year, int month)
    {
        // Any year and month of the calendar (1..9999, 1..12) has its own key; others are spelled as they come.
        if (year is < 1 or > 9999 || month is < 1 or > 12)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");
        }

        int key = (year * 12) + month - 1;
        RecentStrings recent = recentMonths ??= new RecentStrings();
        return recent.Get(key) ?? recent.Add(key, string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}"));
    }

    /// <summary>"2024-W03".</summary>
    public static string Week(DateOnly d)
    {
        DateTime t = d.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(t):D4}-W{ISOWeek.GetWeekOfYear(t):D2}");
    }

    /// <summary>The TIMEX3 suffix of a part of day ("TMO"), or empty.</summary>
    public static string Suffix(PartOfDay part) => part switch
    {
        PartOfDay.Morning => "TMO",
        PartOfDay.Midday => "TMI",
        PartOfDay.Afternoon => "TAF",
        PartOfDay.Evening => "TEV",
        PartOfDay.Night => "TNI",
        _ => "",
    };

    /// <summary>The TIMEX3 code of a season ("SU").</summary>
    public static string Code(Season season) => season switch
    {
        Season.Spring => "SP",
        Season.Summer => "SU",
        Season.Autumn => "FA",
        _ => "WI",
    };
}

/// <summary>
/// The strings made last for integer keys, direct-mapped (a key's slot holds the latest string of a key that maps there):
/// one per thread, never shared. Equal keys give the same string instance; strings are immutable, so that is safe.
/// </summary>
internal sealed class RecentStrings
{
    private const int Size = 256;

    private readonly int[] keys = new int[Size];
    private readonly string?[] values = new string?[Size];

    /// <summary>The string stored for <paramref name="key"/>, or null.</summary>
    public string? Get(int key)
    {
        int slot = key & (Size - 1);
        return keys[slot] == key ? values[slot] : null;
    }

    /// <summary>Stores <paramref name="value"/> for <paramref name="key"/> and returns it.</summary>
    public string Add(int key, string value)
    {
        int slot = key & (Size - 1);
        keys[slot] = key;
        values[slot] = value;
        return value;
    }
}
