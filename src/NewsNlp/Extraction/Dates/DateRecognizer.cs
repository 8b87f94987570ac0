using System.Numerics;
using NewsNlp.Extraction.Dates.Patterns;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Dates;

/// <summary>
/// The engine of the date grammar: scans each sentence token by token, tries the patterns that
/// may start at the token's kind in a fixed order (first match wins, so longer and more specific
/// shapes come first), and resumes after the match. See README.md beside this file for the design.
/// </summary>
internal static class DateRecognizer
{
    /// <summary>Patterns that may start at a word or an abbreviation, in priority order.</summary>
    private static readonly IWordLedPattern[] WordLed =
    [
        YearPartPattern.Instance,
        SamePeriodPattern.Instance,
        ModifierPattern.Instance,
        AnchorPhrasePattern.Instance,
        RelativeDayPattern.Instance,
        WeekdayPattern.Instance,
        MonthNamePattern.Instance,
        SpokenYearPattern.Instance,
        AmountPattern.Instance,
        YearAgoPattern.Instance,
        PeriodEndPattern.Instance,
        CalendarNounPatterns.Instance,
        HyphenatedPattern.Instance,
        ClockWordPattern.Instance,
        HolidayPattern.Instance,
        BarePluralPattern.Instance,
        ReferencePattern.Instance,
        FrequencyAdverbPattern.Instance,
        EraPattern.Instance,
    ];

    /// <summary>Patterns that may start at a number or an ordinal, in priority order.</summary>
    private static readonly IDatePattern[] NumberLed =
    [
        YearPartPattern.Instance,
        DayMonthPattern.Instance,
        ListedDayPattern.Instance,
        ClockPattern.Instance,
        EraPattern.Instance,
        AmountPattern.Instance,
        YearPattern.Instance,
    ];

    /// <summary>Which of <see cref="WordLed"/> may start at a word: bit k for the k-th.</summary>
    private static readonly WordLedGate Gate = new(WordLed);

    private static readonly IDatePattern[] IsoDateLed = [IsoDatePattern.Instance];

    private static readonly IDatePattern[] TimeLed = [ClockPattern.Instance];

    /// <summary>Appends every temporal expression of <paramref name="document"/> to <paramref name="output"/>, in text order.</summary>
    public static void Recognize(Document document, List<TemporalMention> output) => Recognize(document, output, gated: true);

    /// <summary>
    /// <see cref="Recognize(Document, List{TemporalMention})"/>; with <paramref name="gated"/> false, every word-led pattern is
    /// tried at every word (the grammar without <see cref="WordLedGate"/>, which tests compare with).
    /// </summary>
    internal static void Recognize(Document document, List<TemporalMention> output, bool gated)
    {
        using var scanner = new DateScanner(document);
        Sentence[] sentences = document.Sentences;
        Token[] tokens = document.Tokens;
        for (int s = 0; s < sentences.Length; s++)
        {
            Sentence sentence = sentences[s];
            if (sentence.IsBoilerplate)
            {
                continue;
            }

            scanner.EnterSentence(s, sentence.FirstToken, sentence.EndToken);
            int i = sentence.FirstToken;
            int floor = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                if (TryMatch(scanner, tokens[i].Kind, i, gated, out TemporalMention m))
                {
                    if (IsQuotedTitle(scanner, m) || (IsNamePart(scanner, m) && !IsHeadline(document, sentence) && !document.IsAllCaps(sentence)))
                    {
                        // ABC's "This Week", CBS's "60 Minutes", "USA Today", "High Noon": a name, not a time.
                        i = m.EndToken;
                        floor = i;
                        continue;
                    }

                    CompoundJoin.Extend(scanner, ref m);
                    ModifierPrefix.Extend(scanner, ref m, floor);
                    m.Sentence = s;
                    m.Start = tokens[m.FirstToken].Start;
                    m.End = tokens[m.EndToken - 1].End;
                    output.Add(m);
                    i = m.EndToken;
                    floor = i;
                }
                else
                {
                    i++;
                }
            }
        }

        Dateline.Mark(document, output);
    }

    /// <summary>
    /// True when the expression opens a quotation and ends in a capitalized unit word ("This Week", "60 Minutes"): the title of
    /// a programme or a work. Not the first word of a sentence, where any word is capitalized.
    /// </summary>
    private static bool IsQuotedTitle(DateScanner s, in TemporalMention m)
    {
        int last = m.EndToken - 1;
        if (last == m.FirstToken || s.Lex(last).Kind != DateWordKind.Unit || !s.Capitalized(last) || !s.InSentence(m.FirstToken - 1))
        {
            return false;
        }

        // The tokenizer keeps each quote character apart: AP's `` and '' are two tokens.
        ReadOnlySpan<char> before = s.W(m.FirstToken - 1);
        return before is "\"" or "\u201C" or "`" || (before is "'" && s.IsChar(m.FirstToken - 2, '\''));
    }

    /// <summary>
    /// True when the expression is one word written in lower case in running text ("today", "tonight", "noon", "now") but
    /// capitalized here, right after another capitalized word inside the sentence: the end of a name ("USA Today", "This is
    /// VOA Today", the film "High Noon"). Not at the sentence's second word ("Police Today"); the caller leaves headlines alone
    /// ("Talks Resume Today In Geneva"), where every word is capitalized, and sentences written all in capitals (wire bulletins
    /// such as "THE ARMY SAID YESTERDAY THAT ..."), where capitals say nothing of names.
    /// </summary>
    private static bool IsNamePart(DateScanner s, in TemporalMention m)
    {
        int i = m.FirstToken;
        if (m.EndToken != i + 1 || m.Kind is not (TemporalKind.RelativeDay or TemporalKind.Reference or TemporalKind.Time)
            || !s.Capitalized(i) || s.Lex(i).Kind is not (DateWordKind.RelativeDay or DateWordKind.None)
            || !s.KindAt(i - 1, TokenKind.Word) && !s.KindAt(i - 1, TokenKind.Abbreviation) || !s.Capitalized(i - 1) || !s.InSentence(i - 2))
        {
            return false;
        }

        // Clock words ("Noon") have no calendar meaning; a clock time written in figures is not one word of letters.
        ReadOnlySpan<char> w = s.W(i);
        foreach (char c in w)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when <paramref name="sentence"/> reads as a headline: it does not end in a full stop, question or exclamation mark (a
    /// closing quote may follow) and most of its words of four letters or more are capitalized.
    /// </summary>
    private static bool IsHeadline(Document document, Sentence sentence)
    {
        Token[] tokens = document.Tokens;
        string text = document.Text;
        int last = sentence.EndToken - 1;
        while (last > sentence.FirstToken && tokens[last].Kind == TokenKind.Quote)
        {
            last--;
        }

        if (tokens[last].Length == 1 && text[tokens[last].Start] is '.' or '!' or '?')
        {
            return false;
        }

        int words = 0;
        int capitalized = 0;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && tokens[i].Length >= 4)
            {
                words++;
                capitalized += char.IsUpper(text[tokens[i].Start]) ? 1 : 0;
            }
        }

        return capitalized * 2 > words;
    }

    private static bool TryMatch(DateScanner scanner, TokenKind kind, int i, bool gated, out TemporalMention m)
    {
        if (kind is TokenKind.Word or TokenKind.Abbreviation)
        {
            // Two gates: most words are in no date class and fail the scanner's cheap test; for the rest, the patterns' own
            // first-word tests (WordStart) say which may start. Trying the gate's bits lowest first keeps the list's order.
            uint starts = !gated ? Gate.All : scanner.MayStartWordLed(i) ? Gate.Starts(scanner, i) : 0;
            while (starts != 0)
            {
                int k = BitOperations.TrailingZeroCount(starts);
                starts &= starts - 1;
                if (WordLed[k].TryMatch(scanner, i, out m))
                {
                    return true;
                }
            }

            m = default;
            return false;
        }

        IDatePattern[] patterns = kind switch
        {
            TokenKind.IsoDate => IsoDateLed,
            TokenKind.Time => TimeLed,
            TokenKind.Number or TokenKind.Ordinal => NumberLed,
            _ => [],
        };
        foreach (IDatePattern pattern in patterns)
        {
            if (pattern.TryMatch(scanner, i, out m))
            {
                return true;
            }
        }

        m = default;
        return false;
    }
}
