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
                    if (IsQuotedTitle(scanner, m))
                    {
                        // ABC's "This Week", CBS's "60 Minutes": a programme's name, not a time.
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
