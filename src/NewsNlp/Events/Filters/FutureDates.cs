using System.Collections.Immutable;
using System.Globalization;
using NewsNlp.Extraction.Dates;
using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// The dates of a document that lie wholly after its publication ("next week", "in June" in a March
/// story, "on October 27" in an October 20 story, "tomorrow"): the date layer resolves them against
/// the publication date and the clause's tense, so talks near one are planned, not held ("Shultz
/// would go to Moscow next month for talks", "a mission will leave next week to renegotiate").
/// Built once per document from the date layer; each question reads only the few future dates.
/// </summary>
internal sealed class FutureDates
{
    // A dateline may run a day ahead of the publication date ("LONDON, March 23" in a March 22 record): only later days are plans.
    private const int PlanMargin = 1;

    // "a mission will leave next week for Washington to renegotiate", "talks between officials in London on October 27":
    // the date of a planned meeting stands in the meeting's clause, a few words before or after the trigger.
    private static readonly TokenWindow DateReach = new(10, 10);

    private static readonly FutureDates None = new(null, []);

    private readonly Document? document;

    // First and last token of each future date, in text order.
    private readonly (int First, int Last)[] spans;

    private FutureDates(Document? document, (int First, int Last)[] spans)
    {
        this.document = document;
        this.spans = spans;
    }

    /// <summary>The future dates of <paramref name="document"/> among <paramref name="dates"/> (the date layer, in text order).</summary>
    public static FutureDates Of(Document document, ImmutableArray<DateEntity> dates)
    {
        if (document.Published is not { } published || dates.IsEmpty)
        {
            return None;
        }

        DateOnly last = published.AddDays(PlanMargin);
        List<(int, int)>? spans = null;
        foreach (DateEntity date in dates)
        {
            // The dateline margin is for days; "this weekend" in a Friday story starts tomorrow and is ahead all the same.
            if (EarliestDay(date.Value) is { } earliest && (earliest > last || (earliest > published && !IsDay(date.Value!))))
            {
                int first = LowerBound.Of<Token>(document.Tokens, date.Start, static t => t.Start);
                int end = LowerBound.Of<Token>(document.Tokens, date.End, static t => t.Start);
                (spans ??= []).Add((first, Math.Max(first, end - 1)));
            }
        }

        return spans is null ? None : new FutureDates(document, [.. spans]);
    }

    /// <summary>
    /// True when a future date stands within the trigger's reach in its sentence, with no subordinator between ("after talks on
    /// Monday ... will") and not as the end of a term ("an accord valid until 1990").
    /// </summary>
    public bool IsNear(Sentence sentence, TriggerMatch trigger)
    {
        if (document is null)
        {
            return false;
        }

        int from = DateReach.StartAt(trigger.FirstToken, sentence);
        int to = DateReach.EndAt(trigger.LastToken, sentence);
        foreach ((int first, int last) in spans)
        {
            if (first < from || last >= to || (first <= trigger.LastToken && last >= trigger.FirstToken))
            {
                continue;
            }

            if (!IsRangeEnd(first) && !SubordinatorBetween(Math.Min(last, trigger.FirstToken), Math.Max(first, trigger.LastToken)))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsRangeEnd(int first) =>
        first > 0 && EventWords.DateRangeEnds.Contains(document!.Span(document.Tokens[first - 1]));

    private bool SubordinatorBetween(int from, int to)
    {
        for (int t = from + 1; t < to; t++)
        {
            if (EventWords.DateSubordinators.Contains(document!.Span(document.Tokens[t])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDay(string value) => value.Length >= 10 && char.IsAsciiDigit(value[5]);

    /// <summary>
    /// The first day a TIMEX value can mean: a day ("1987-04-05", with or without a time), a month ("1987-06"), an ISO week
    /// ("1987-W15", its weekend "1987-W15-WE"), a quarter ("1987-Q3"), a half ("1987-H2"), a season ("1987-SU") or a year; null for
    /// durations, references and anything else.
    /// </summary>
    internal static DateOnly? EarliestDay(string? value)
    {
        if (value is null || value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year < 1)
        {
            return null;
        }

        if (value.Length == 4)
        {
            return new DateOnly(year, 1, 1);
        }

        if (value[4] != '-' || value.Length < 7)
        {
            return null;
        }

        ReadOnlySpan<char> rest = value.AsSpan(5);
        if (rest.Length >= 3 && rest[0] == 'W' && int.TryParse(rest.Slice(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int week) && week is >= 1 and <= 53)
        {
            DateTime monday = ISOWeek.ToDateTime(year, Math.Min(week, ISOWeek.GetWeeksInYear(year)), DayOfWeek.Monday);
            return DateOnly.FromDateTime(rest.EndsWith("-WE") ? monday.AddDays(5) : monday);
        }

        int month = rest switch
        {
            ['Q', >= '1' and <= '4'] => ((rest[1] - '1') * 3) + 1,
            ['H', '1' or '2'] => rest[1] == '1' ? 1 : 7,
            "SP" => 3,
            "SU" => 6,
            "FA" => 9,
            "WI" => 12,
            _ => int.TryParse(rest[..2], NumberStyles.None, CultureInfo.InvariantCulture, out int m) && m is >= 1 and <= 12 ? m : 0,
        };
        if (month == 0)
        {
            return null;
        }

        bool hasDay = rest.Length >= 5 && rest[2] == '-' && char.IsAsciiDigit(rest[0]);
        int day = hasDay && int.TryParse(rest.Slice(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int d) ? d : 1;
        return day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }
}
