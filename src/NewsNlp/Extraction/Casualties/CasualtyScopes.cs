using System.Globalization;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// What a count covers, from the words of its sentence: a worldwide total ("the global toll"),
/// the total of a past war ("in World War Two"), a country's cumulative total over months or years
/// ("since January", "so far this year", "in the past three years"), else one event.
/// </summary>
internal static class CasualtyScopes
{
    private static readonly WordClass Global = Lexicon.Default.Class("casualties/global-cues");
    private static readonly WordClass Historical = Lexicon.Default.Class("casualties/historical-cues");
    private static readonly WordClass National = Lexicon.Default.Class("casualties/national-cues");
    private static readonly WordClass PeriodStarts = Lexicon.Default.Class("casualties/period-starts");
    private static readonly WordClass LongPeriods = Lexicon.Default.Class("casualties/long-periods");
    private static readonly WordClass PeriodOpeners = Lexicon.Default.Class("casualties/period-openers");
    private static readonly WordClass PerfectAuxiliaries = Lexicon.Default.Class("casualties/perfect-auxiliaries");
    private static readonly WordClass PeriodNouns = Lexicon.Default.Class("casualties/period-nouns");

    private static readonly WordClass PeriodOffsets = Lexicon.Default.Class("casualties/period-offsets");
    private static readonly WordClass PeriodDating = Lexicon.Default.Class("casualties/period-dating-words");
    private static readonly WordClass Campaigns = Lexicon.Default.Class("casualties/campaign-nouns");
    private static readonly WordClass SentenceTerms = Lexicon.Default.Class("casualties/sentence-terms");

    /// <summary>The clause after "since" names the year its period starts within twelve tokens ("since ... invaded the country in March 2003").</summary>
    private static readonly TokenWindow SinceClauseReach = new(0, 12);

    /// <summary>"past", "last" or a number stands at most three tokens before a long period ("the past three years").</summary>
    private static readonly TokenWindow PeriodOpenerReach = new(3, 0);

    /// <summary>A year at least this many years before the article's date dates a count to the past: "the 1976 earthquake" in a 1987 article.</summary>
    private const int HistoricalYears = 10;

    /// <summary>
    /// The scope of a count in the sentence <paramref name="first"/>..<paramref name="limit"/> of an
    /// article published on <paramref name="published"/> (null when unknown).
    /// </summary>
    public static string Of(string text, Token[] tokens, int first, int limit, DateOnly? published)
    {
        if (published is { } date && IsLongPast(text, tokens, first, limit, date.Year))
        {
            // A past incident named with its toll ("the Titanic sank in 1912, killing 1,500") is an event:
            // the scope says what kind of count it is, not how old; only a total of a period that is over is historical.
            return IsPeriodTotal(text, tokens, first, limit) ? CasualtyScope.Historical : CasualtyScope.Event;
        }

        string scope = CasualtyScope.Event;
        for (int i = first; i < limit; i++)
        {
            if (tokens[i].Kind is not (TokenKind.Word or TokenKind.Abbreviation))
            {
                if (scope == CasualtyScope.Event && ScopeDates.IsMonthOrYear(text, tokens, first, i, limit))
                {
                    // "218 people were reported missing in 1989".
                    scope = CasualtyScope.National;
                }

                continue;
            }

            if (Has(Historical, text, tokens, i, limit))
            {
                return CasualtyScope.Historical;
            }

            if (IsYearsLongPeriod(text, tokens, first, i))
            {
                // "during Pinochet's 17-year rule": the total of a period that is over; "a 10-year-old war
                // that has left 60,000 dead": a perfect tense runs it up to now, a national total.
                return HasPerfect(text, tokens, first, limit) ? CasualtyScope.National : CasualtyScope.Historical;
            }

            if (Has(Global, text, tokens, i, limit))
            {
                scope = CasualtyScope.Global;
            }
            else if (scope == CasualtyScope.Event && (IsNationalCue(text, tokens, i, limit) || IsSincePeriod(text, tokens, first, i, limit)
                || IsLongPeriod(text, tokens, first, i, limit) || ScopeDates.IsMonthOrYear(text, tokens, first, i, limit)) && !CasualtyComparisons.Before(text, tokens, first, i))
            {
                scope = CasualtyScope.National;
            }
        }

        return scope;
    }

    /// <summary>
    /// A sentence that names a year ten or more years before the article ("in 1945 a liner sank", "the
    /// 1976 earthquake") tells a past toll, unless a perfect tense runs it up to now ("has killed more
    /// than 15,000 since it began in 1980": a national total). Such a toll is an event unless it totals a
    /// period, and only its own sentence places it (<see cref="CasualtyPlaces"/>).
    /// </summary>
    internal static bool IsLongPast(string text, Token[] tokens, int first, int limit, int publishedYear)
    {
        bool old = false;
        for (int i = first; i < limit; i++)
        {
            ReadOnlySpan<char> word = tokens[i].Slice(text);
            if (tokens[i].Kind == TokenKind.Word && Lexicon.Default.Contains(PerfectAuxiliaries, word))
            {
                return false;
            }

            old |= tokens[i].Kind == TokenKind.Number && word.Length == 4 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out int year)
                && year >= 1800 && year <= publishedYear - HistoricalYears;
        }

        return old;
    }

    /// <summary>
    /// A total-over-time cue ("so far this year", "last year"), but not a possessive that dates one
    /// incident ("last year's disaster when 177 miners died").
    /// </summary>
    private static bool IsNationalCue(string text, Token[] tokens, int i, int limit)
    {
        int count = Lexicon.Default.TryMatchPhrase(National, text, tokens, i, limit, out int phrase) ? phrase
            : Lexicon.Default.Contains(National, tokens[i].Slice(text)) ? 1 : 0;
        if (count == 0 || (i + count < limit && tokens[i + count].Slice(text) is ['\'' or '\u2019', ..]))
        {
            return false;
        }

        // "earlier this year", "late last year" date one thing; "since the beginning of the offensive" is one offensive.
        // So does a day before it: "on 24 May this year", "on May 24 last year".
        return !(i > 0 && Lexicon.Default.Contains(PeriodDating, tokens[i - 1].Slice(text))) && !ScopeDates.IsDayBefore(text, tokens, i)
            && !IsStartOfCampaign(text, tokens, i + count, limit);
    }

    /// <summary>True when "of [the] campaign-noun" follows a period start at <paramref name="next"/> ("since the beginning | of the offensive").</summary>
    private static bool IsStartOfCampaign(string text, Token[] tokens, int next, int limit)
    {
        if (next >= limit || !tokens[next].Slice(text).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int noun = next + 1 < limit && tokens[next + 1].Slice(text).Equals("the", StringComparison.OrdinalIgnoreCase) ? next + 2 : next + 1;
        return noun < limit && Lexicon.Default.Contains(Campaigns, tokens[noun].Slice(text));
    }

    /// <summary>A sentence that names a whole past period and a count of it, read by <see cref="IsLongPast"/>'s callers.</summary>
    private static bool IsPeriodTotal(string text, Token[] tokens, int first, int limit)
    {
        for (int i = first; i < limit; i++)
        {
            if (tokens[i].Kind is TokenKind.Word or TokenKind.Abbreviation
                && (Has(Historical, text, tokens, i, limit) || IsNationalCue(text, tokens, i, limit) || IsSincePeriod(text, tokens, first, i, limit)
                    || IsLongPeriod(text, tokens, first, i, limit) || IsYearsLongPeriod(text, tokens, first, i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Pinochet's 17-year rule", "a 10-year-old war", "the six-year dictatorship": a period noun after a length in years.</summary>
    private static bool IsYearsLongPeriod(string text, Token[] tokens, int first, int i)
    {
        if (!Lexicon.Default.Contains(PeriodNouns, tokens[i].Slice(text)))
        {
            return false;
        }

        for (int k = i - 1; k >= first && PeriodOpenerReach.Contains(i, k); k--)
        {
            ReadOnlySpan<char> word = tokens[k].Slice(text);
            int year = word.IndexOf("year", StringComparison.OrdinalIgnoreCase);
            if (year < 0)
            {
                continue;
            }

            // The length stands in the same word ("17-year", "ten-year-old") or just before it ("17 -year").
            ReadOnlySpan<char> length = word[..year].TrimEnd("-\u2010\u2011 ");
            int dash = length.IndexOfAny('-', '\u2010');
            ReadOnlySpan<char> lastPart = dash >= 0 && !char.IsDigit(length[0]) ? length[(dash + 1)..] : length;
            return (length.Length > 0 && (char.IsDigit(length[0]) || Numbers.NumberWords.TryCardinal(lastPart, out _) || Numbers.NumberWords.TryCardinal(length, out _)))
                || (length.Length == 0 && k > first && tokens[k - 1].Kind == TokenKind.Number);
        }

        return false;
    }

    private static bool HasPerfect(string text, Token[] tokens, int first, int limit)
    {
        for (int i = first; i < limit; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && Lexicon.Default.Contains(PerfectAuxiliaries, tokens[i].Slice(text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the sentence holds a running count's noun before "of" ("the number of members murdered").</summary>
    private static bool HasRunningCount(string text, Token[] tokens, int first, int limit)
    {
        for (int i = first; i + 1 < limit; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && Lexicon.Default.Contains(TollCounts.NumberNouns, tokens[i].Slice(text))
                && tokens[i + 1].Slice(text).Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Has(WordClass wordClass, string text, Token[] tokens, int i, int limit) =>
        Lexicon.Default.Contains(wordClass, tokens[i].Slice(text)) || Lexicon.Default.TryMatchPhrase(wordClass, text, tokens, i, limit, out _);

    /// <summary>"in the past three years", "over the last two months", "in ten years".</summary>
    private static bool IsLongPeriod(string text, Token[] tokens, int first, int i, int limit)
    {
        if (!Lexicon.Default.Contains(LongPeriods, tokens[i].Slice(text))
            || (i + 1 < limit && Lexicon.Default.Contains(PeriodOffsets, tokens[i + 1].Slice(text)) && !HasPerfect(text, tokens, first, limit))
            || (i + 1 < limit && Has(SentenceTerms, text, tokens, i + 1, limit)))
        {
            // "asked for 25 years imprisonment": a prison term, not a span.
            // "nine years ago", "three months after the riots": how long ago one thing happened, not a span of many;
            // but "the war that began 10 years ago has left 70,000 dead" runs a total up to now.
            return false;
        }

        for (int k = i - 1; k >= first && PeriodOpenerReach.Contains(i, k); k--)
        {
            if (tokens[k].Kind == TokenKind.Number || Lexicon.Default.Contains(PeriodOpeners, tokens[k].Slice(text)) || Numbers.NumberWords.TryCardinal(tokens[k].Slice(text), out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"since 1989", "since January", "since the war began".</summary>
    private static bool IsSincePeriod(string text, Token[] tokens, int first, int i, int limit)
    {
        if (!tokens[i].Slice(text).Equals("since", StringComparison.OrdinalIgnoreCase) || i + 1 >= limit)
        {
            return false;
        }

        Token next = tokens[i + 1];
        if (next.Kind == TokenKind.Number && next.Length == 4)
        {
            return true;
        }

        if (Lexicon.Default.TryMatchPhrase(PeriodStarts, text, tokens, i + 1, limit, out int start) || Lexicon.Default.Contains(PeriodStarts, next.Slice(text)))
        {
            // "since the beginning of the offensive" counts one offensive.
            return !IsStartOfCampaign(text, tokens, i + 1 + Math.Max(start, 1), limit);
        }

        // "have been killed since the US-led coalition forces invaded the country in March 2003": a running total (a perfect
        // tense, or "raises to 384 the number of ... murdered since it was founded in 1985") since a clause that names its
        // year; but "the deadliest since an assault in August 2018" compares.
        if (!HasPerfect(text, tokens, first, limit) && !HasRunningCount(text, tokens, first, limit))
        {
            return false;
        }

        for (int k = i + 1; k < limit && SinceClauseReach.Contains(i, k); k++)
        {
            if (tokens[k].Slice(text) is [',' or ';' or '.'])
            {
                return false;
            }

            if (tokens[k].Kind == TokenKind.Number && int.TryParse(tokens[k].Slice(text), NumberStyles.None, CultureInfo.InvariantCulture, out int year)
                && year is >= 1800 and <= 2100)
            {
                return true;
            }
        }

        return false;
    }
}
