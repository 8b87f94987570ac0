using System.Globalization;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Dates;

/// <summary>Amounts of time: durations ("three years", "48 hours"), "two days ago", "three weeks later".</summary>
internal sealed partial class DateRecognizer
{
    /// <summary>Reads an amount at <paramref name="i"/>: "48", "three", "a", "one and a half", "a few", "several".</summary>
    private bool TryAmount(int i, out double amount, out int next, out bool exact)
    {
        amount = 0;
        next = i;
        exact = true;
        if (!InSentence(i))
        {
            return false;
        }

        Token t = tokens[i];
        if (t.Kind == TokenKind.Number)
        {
            if (!double.TryParse(t.Slice(text), NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount))
            {
                return false;
            }

            next = i + 1;
        }
        else if (IsAny(i, ["few", "several", "many", "some"]) || (Is(i, "a") && IsAny(i + 1, ["few", "couple"])))
        {
            exact = false;
            next = Is(i, "a") ? i + 2 : i + 1;
            if (Is(next, "of"))
            {
                next++;
            }

            return true;
        }
        else if (Is(i, "half") && IsAny(i + 1, ["a", "an"]))
        {
            amount = 0.5;
            next = i + 2;
            return true;
        }
        else if (Lex(i) is { Kind: DateWordKind.Number } word)
        {
            amount = word.Value;
            next = i + 1;
        }
        else
        {
            return false;
        }

        if (Is(next, "and") && IsAny(next + 1, ["a", "one"]) && Is(next + 2, "half"))
        {
            // "one and a half hours".
            amount += 0.5;
            next += 3;
        }

        return true;
    }

    /// <summary>"two days ago", "three weeks later", "48 hours", "for three years", "a day earlier".</summary>
    private bool TryAmountLed(int i, out TemporalMention m)
    {
        m = default;
        if (IsAny(i - 1, ["once", "twice", "times", "per"]) || !TryAmount(i, out double amount, out int j, out bool exact))
        {
            return false;
        }

        if (Lex(j) is not { Kind: DateWordKind.Unit } unitWord)
        {
            return false;
        }

        var unit = (TimeUnit)unitWord.Value;
        bool article = IsAny(i, ["a", "an"]);
        if (article && unit == TimeUnit.Second && !EndsPhrase(j + 1))
        {
            // "a second supplementary budget": an ordinal, not a second of time.
            return false;
        }

        int k = j + 1;
        if (Is(j + 1, "and") && Is(j + 2, "a") && Is(j + 3, "half"))
        {
            // "an hour and a half".
            amount += 0.5;
            k = j + 4;
        }

        if (Is(k, "old") || Is(i - 1, "aged") || (Is(k, "of") && Is(k + 1, "age")))
        {
            // An age, not a time.
            return false;
        }

        if (Is(k, "ago"))
        {
            m = New(TemporalKind.Ago, i, k + 1);
            m.Shift = exact ? -(int)Math.Round(amount) : 0;
            m.Unit = unit;
            m.HasShift = exact;
            return true;
        }

        if (Is(k, "from") && Is(k + 1, "now"))
        {
            m = New(TemporalKind.Ago, i, k + 2);
            m.Shift = exact ? (int)Math.Round(amount) : 0;
            m.Unit = unit;
            m.HasShift = exact;
            return true;
        }

        if (IsAny(k, ["earlier", "later"]) || (IsAny(k, ["before", "after"]) && EndsPhrase(k + 1)))
        {
            m = New(TemporalKind.AnchorOffset, i, k + 1);
            int sign = IsAny(k, ["earlier", "before"]) ? -1 : 1;
            m.Shift = exact ? sign * (int)Math.Round(amount) : 0;
            m.HasShift = exact;
            m.Unit = unit;
            return true;
        }

        if (article && !IsAny(i - 1, ["for", "in", "within", "over", "than", "about", "nearly", "almost", "past", "last"]))
        {
            // "two meals a day", "a year of war": not a duration on its own.
            return false;
        }

        m = New(TemporalKind.Duration, i, k);
        m.Unit = unit;
        m.Literal = exact ? DurationValue(amount, unit) : null;
        return true;
    }

    /// <summary>"mid-2020", "two-week-long", "10-day", "pre-dawn", "decade-long".</summary>
    private bool TryHyphenated(int i, out TemporalMention m)
    {
        m = default;
        ReadOnlySpan<char> s = W(i);
        int dash = s.IndexOf('-');
        if (dash <= 0 || tokens[i].Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> head = s[..dash];
        ReadOnlySpan<char> tail = s[(dash + 1)..];
        if (head.Equals("mid", StringComparison.OrdinalIgnoreCase) || head.Equals("early", StringComparison.OrdinalIgnoreCase) || head.Equals("late", StringComparison.OrdinalIgnoreCase))
        {
            int year = tail.Length == 4 ? ParseDigits(tail) : -1;
            if (year is >= 1800 and <= 2199)
            {
                m = New(TemporalKind.Year, i, i + 1);
                m.Year = year;
                return true;
            }

            DateWord month = DateLexicon.Find(tail);
            if (month.Kind == DateWordKind.Month && tail.Length > 3 && char.IsUpper(tail[0]))
            {
                m = New(TemporalKind.Month, i, i + 1);
                m.Month = month.Value;
                return true;
            }

            return false;
        }

        if (s.Equals("pre-dawn", StringComparison.OrdinalIgnoreCase))
        {
            m = New(TemporalKind.PartOfDay, i, i + 1);
            m.Part = PartOfDay.Morning;
            return true;
        }

        int second = tail.IndexOf('-');
        ReadOnlySpan<char> unitText = second < 0 ? tail : tail[..second];
        ReadOnlySpan<char> rest = second < 0 ? [] : tail[(second + 1)..];
        if (rest.Length > 0 && !rest.Equals("long", StringComparison.OrdinalIgnoreCase))
        {
            // "55-year-old" is an age; "three-day-old" too.
            return false;
        }

        DateWord unitWord = DateLexicon.Find(unitText);
        double amount = ParseDigits(head);
        if (amount < 0)
        {
            DateWord number = DateLexicon.Find(head);
            amount = number.Kind == DateWordKind.Number && !head.Equals("a", StringComparison.OrdinalIgnoreCase) ? number.Value : -1;
        }

        if (unitWord.Kind == DateWordKind.Unit && amount > 0)
        {
            // "two-week-long", "10-day", "48-hour".
            m = New(TemporalKind.Duration, i, i + 1);
            m.Unit = (TimeUnit)unitWord.Value;
            m.Literal = DurationValue(amount, m.Unit);
            return true;
        }

        DateWord headUnit = DateLexicon.Find(head);
        if (headUnit.Kind == DateWordKind.Unit && tail.Equals("long", StringComparison.OrdinalIgnoreCase))
        {
            // "decade-long" is one decade; "years-long" has no number.
            m = New(TemporalKind.Duration, i, i + 1);
            m.Unit = (TimeUnit)headUnit.Value;
            m.Literal = head.EndsWith("s", StringComparison.OrdinalIgnoreCase) ? null : DurationValue(1, m.Unit);
            return true;
        }

        return false;
    }

    /// <summary>"for decades", "for years", "in recent months": durations without a number.</summary>
    private bool TryBarePlural(int i, out TemporalMention m)
    {
        m = default;
        int j = Is(i, "recent") ? i + 1 : i;
        if (Lex(j) is not { Kind: DateWordKind.Unit } unit || !W(j).EndsWith("s", StringComparison.OrdinalIgnoreCase) || char.IsUpper(text[tokens[j].Start]))
        {
            return false;
        }

        var u = (TimeUnit)unit.Value;
        if (u == TimeUnit.Decade && j == i)
        {
            // "for decades": the guidelines read it as about ten years.
            m = New(TemporalKind.Duration, i, i + 1);
            m.Unit = u;
            m.Literal = "P10Y";
            return true;
        }

        if (j > i || (IsAny(i - 1, ["for"]) && u is TimeUnit.Year or TimeUnit.Month or TimeUnit.Week or TimeUnit.Day or TimeUnit.Hour))
        {
            m = New(TemporalKind.Duration, i, j + 1);
            m.Unit = u;
            return true;
        }

        return false;
    }

    /// <summary>The ISO 8601 duration for an amount of a unit: "P3D", "PT48H", "P10Y", "PT1H30M".</summary>
    internal static string DurationValue(double amount, TimeUnit unit)
    {
        if (amount != Math.Floor(amount) && unit is TimeUnit.Hour or TimeUnit.Minute)
        {
            int minutes = (int)Math.Round(amount * (unit == TimeUnit.Hour ? 60 : 1));
            if (unit == TimeUnit.Hour && minutes >= 60)
            {
                return string.Create(CultureInfo.InvariantCulture, $"PT{minutes / 60}H{(minutes % 60 == 0 ? "" : (minutes % 60).ToString(CultureInfo.InvariantCulture) + "M")}");
            }

            return string.Create(CultureInfo.InvariantCulture, $"PT{minutes}M");
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
}
