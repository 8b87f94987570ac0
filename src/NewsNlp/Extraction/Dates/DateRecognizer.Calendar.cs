using NewsNlp.Text;

namespace NewsNlp.Extraction.Dates;

/// <summary>Calendar expressions: ISO dates, month-day-year forms, months, years, decades, weekdays, datelines.</summary>
internal sealed partial class DateRecognizer
{
    /// <summary>Words before a bare month name that make it a date ("in March", "since May").</summary>
    private static readonly string[] MonthTriggers =
        ["in", "since", "until", "till", "by", "during", "from", "through", "throughout", "early", "late", "mid", "of", "before", "after", "end", "last", "next", "this", "between", "to", "and", "or"];

    /// <summary>Words before a number that make it a count, not a year ("about 2000", "Flight 1987").</summary>
    private static readonly string[] CountCues =
        ["about", "some", "around", "nearly", "almost", "over", "than", "least", "approximately", "estimated", "roughly", "only", "just",
         "flight", "resolution", "number", "no.", "route", "highway", "boeing", "airbus", "room", "article", "page", "chapter", "$", "€", "£", "#",
         "additional", "another"];

    /// <summary>Words after a number that make it a count or measure, not a year.</summary>
    private static readonly string[] MeasureCues =
        ["people", "troops", "soldiers", "men", "women", "children", "civilians", "dead", "killed", "injured", "wounded", "%", "percent", "per",
         "km", "kilometers", "kilometres", "miles", "meters", "metres", "feet", "kg", "tonnes", "tons", "dollars", "barrels", "bpd", "hours", "GMT", "UTC", "hrs", "times"];

    /// <summary>Words before a year that leave no doubt ("in 1983", "since 2015").</summary>
    private static readonly string[] YearPrepositions = ["in", "since", "by", "from", "until", "till", "of", "during", "before", "after", "between", "and", "to", "through", "on", "for", "the", "its", "their", "fiscal", "calendar", "early", "late", "mid"];

    /// <summary>Words ending in "s" that are not plural nouns.</summary>
    private static readonly string[] NotPlurals = ["this", "was", "has", "does", "always", "perhaps", "whereas", "afterwards", "towards", "besides", "sees", "says", "gives", "marks", "makes", "brings", "comes", "goes", "sets"];

    /// <summary>Capitalized words that make a weekday a name ("Super Tuesday").</summary>
    private static readonly string[] NamedDays = ["Super", "Black", "Good", "Bloody", "Ash", "Holy", "Palm", "Easter", "Cyber", "Maundy", "Shrove", "Mega"];

    private bool TryIsoDate(int i, out TemporalMention m)
    {
        ReadOnlySpan<char> s = W(i);
        int y = ParseDigits(s[..4]);
        int mo = ParseDigits(s.Slice(5, 2));
        int d = ParseDigits(s.Slice(8, 2));
        m = New(TemporalKind.CalendarDate, i, i + 1);
        m.Year = y;
        m.Month = mo;
        m.Day = d;
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(Math.Clamp(y, 1, 9999), mo);
    }

    /// <summary>The month named at <paramref name="i"/>, or 0; guards "May", "March" and bare abbreviations.</summary>
    private int MonthAt(int i, bool needsDay)
    {
        DateWord w = Lex(i);
        if (w.Kind != DateWordKind.Month || !Capitalized(i))
        {
            return 0;
        }

        ReadOnlySpan<char> s = W(i);
        bool abbreviated = s.Length <= 4 && !s.Equals("June", StringComparison.OrdinalIgnoreCase) && !s.Equals("July", StringComparison.OrdinalIgnoreCase) && !s.Equals("May", StringComparison.OrdinalIgnoreCase);
        if (abbreviated && s[^1] != '.' && !needsDay)
        {
            return 0;
        }

        return w.Value;
    }

    private bool TryMonthLed(int i, out TemporalMention m)
    {
        m = default;
        int month = MonthAt(i, needsDay: true);
        if (month == 0)
        {
            return false;
        }

        int j = i + 1;
        int day = DayAt(j);
        if (day > 0 && !KindAt(j + 1, TokenKind.Time) && !(IsChar(j + 1, ':') || IsChar(j + 1, '%')))
        {
            // "February 8", "Feb. 8, 2024", "December 27th", "October 2 2018".
            m = New(TemporalKind.CalendarDate, i, j + 1);
            m.Month = month;
            m.Day = day;
            int k = IsChar(j + 1, ',') ? j + 2 : j + 1;
            int year = YearAt(k);
            if (year > 0)
            {
                m.Year = year;
                m.EndToken = k + 1;
            }

            return day <= DateTime.DaysInMonth(2024, month);
        }

        if (MonthAt(i, needsDay: false) == 0)
        {
            return false;
        }

        int yearAt = IsChar(j, ',') || Is(j, "of") ? j + 1 : j;
        int y = YearAt(yearAt);
        if (y > 0)
        {
            // "March 2023", "August 2018", "August of 1985".
            m = New(TemporalKind.Month, i, yearAt + 1);
            m.Month = month;
            m.Year = y;
            return true;
        }

        bool maySafe = !W(i).Equals("May", StringComparison.Ordinal) || !IsAny(i - 1, ["and", "or", "to"]);
        if (IsAny(i - 1, MonthTriggers) && maySafe && !W(i).Equals("MAY", StringComparison.Ordinal))
        {
            // "in March", "last October" (the shift is read by the modifier matcher), "end of March".
            m = New(TemporalKind.Month, i, i + 1);
            m.Month = month;
            return true;
        }

        return false;
    }

    /// <summary>"10 November", "8 February 2024", "17th November".</summary>
    private bool TryDayMonth(int i, out TemporalMention m)
    {
        m = default;
        int day = DayAt(i);
        if (day < 0)
        {
            return false;
        }

        int j = Is(i + 1, "of") ? i + 2 : i + 1;
        int month = MonthAt(j, needsDay: true);
        if (month == 0 || day > DateTime.DaysInMonth(2024, month))
        {
            return false;
        }

        m = New(TemporalKind.CalendarDate, i, j + 1);
        m.Day = day;
        m.Month = month;
        int k = IsChar(j + 1, ',') ? j + 2 : j + 1;
        int year = YearAt(k);
        if (year > 0)
        {
            m.Year = year;
            m.EndToken = k + 1;
        }

        return true;
    }

    /// <summary>A four-digit year token at <paramref name="i"/> (1800..2199), or 0.</summary>
    private int YearAt(int i)
    {
        if (!KindAt(i, TokenKind.Number) || tokens[i].Length != 4)
        {
            return 0;
        }

        int y = IntAt(i);
        return y is >= 1800 and <= 2199 ? y : 0;
    }

    /// <summary>"in 2019", "the 1976 Berne agreement", "the 1980s"; not "2000 troops" or "about 2000".</summary>
    private bool TryYear(int i, out TemporalMention m)
    {
        m = default;
        ReadOnlySpan<char> s = W(i);
        if (s.Length == 5 && s[4] == 's' && ParseDigits(s[..4]) is >= 1800 and <= 2199 and var decade && decade % 10 == 0)
        {
            m = New(TemporalKind.Decade, i, i + 1);
            m.Year = decade;
            return true;
        }

        int y = YearAt(i);
        if (y == 0 || IsAny(i - 1, CountCues) || (Is(i - 1, "to") && Is(i - 2, "up")) || IsAny(i + 1, MeasureCues) || IsChar(i - 1, '$') || IsChar(i + 1, ':'))
        {
            return false;
        }

        if (!IsAny(i - 1, YearPrepositions) && IsPluralNoun(i + 1))
        {
            // "1846 persons were hospitalized".
            return false;
        }

        if (KindAt(i - 1, TokenKind.Number) || KindAt(i + 1, TokenKind.Number))
        {
            // Part of a list of numbers or a phone number, not a year.
            return false;
        }

        m = New(TemporalKind.Year, i, i + 1);
        m.Year = y;
        m.SetsScene = IsAny(i - 1, ["in", "during", "by"]);
        return true;
    }

    /// <summary>True for a lowercase plural noun-like word ("persons", "tonnes"), not "was" or "has".</summary>
    private bool IsPluralNoun(int i)
    {
        if (!KindAt(i, TokenKind.Word))
        {
            return false;
        }

        ReadOnlySpan<char> w = W(i);
        return w.Length >= 4 && char.IsLower(w[0]) && w[^1] == 's' && w[^2] != 's' && w[^2] != 'u' && !IsAny(i, NotPlurals);
    }

    private bool TryWeekday(int i, out TemporalMention m)
    {
        m = default;
        DateWord w = Lex(i);
        if (w.Kind != DateWordKind.Weekday || !Capitalized(i) || (IsAny(i - 1, NamedDays) && Capitalized(i - 1)))
        {
            // "Super Tuesday", "Black Friday", "Good Friday" name days of their own.
            return false;
        }

        ReadOnlySpan<char> s = W(i);
        if (s.Length <= 5 && s[^1] != '.' && !s.Equals("Monday", StringComparison.OrdinalIgnoreCase) && !s.Equals("Friday", StringComparison.OrdinalIgnoreCase) && !s.Equals("Sunday", StringComparison.OrdinalIgnoreCase))
        {
            // "Sun", "Sat", "Wed" without a stop are words or names.
            return false;
        }

        m = New(TemporalKind.Weekday, i, i + 1);
        m.Weekday = w.Value;
        DateWord next = Lex(i + 1);
        if (next.Kind == DateWordKind.PartOfDay && next.Value != (int)PartOfDay.Midday)
        {
            // "Tuesday evening", "Thursday morning", "Friday night".
            m.Part = (PartOfDay)next.Value;
            m.EndToken = i + 2;
            return true;
        }

        int k = IsChar(i + 1, ',') ? i + 2 : i + 1;
        if ((TryMonthLed(k, out TemporalMention date) || TryDayMonth(k, out date)) && date.Kind == TemporalKind.CalendarDate)
        {
            // "Monday, December 6": one expression; the weekday picks the year.
            int weekday = m.Weekday;
            m = date;
            m.FirstToken = i;
            m.Weekday = weekday;
        }

        return true;
    }

    /// <summary>Marks a Reuters-style dateline ("BAHRAIN, March 5 -") at the start of the body.</summary>
    private static void MarkDateline(Document document, List<TemporalMention> mentions)
    {
        if (mentions.Count == 0)
        {
            return;
        }

        TemporalMention first = mentions[0];
        Token[] tokens = document.Tokens;
        if (first.Kind != TemporalKind.CalendarDate || first.EndToken >= tokens.Length || tokens[first.EndToken].Kind != TokenKind.Dash)
        {
            return;
        }

        Sentence sentence = document.Sentences[first.Sentence];
        int i = sentence.FirstToken;
        bool sawComma = false;
        for (; i < first.FirstToken; i++)
        {
            Token t = tokens[i];
            ReadOnlySpan<char> s = t.Slice(document.Text);
            if (t.Kind == TokenKind.Punctuation && s is ",")
            {
                sawComma = true;
                continue;
            }

            if (t.Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Bracket) || !char.IsUpper(s[0]))
            {
                return;
            }
        }

        if (sawComma && first.FirstToken - sentence.FirstToken <= 6)
        {
            first.IsDateline = true;
            mentions[0] = first;
        }
    }
}
