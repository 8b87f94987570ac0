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
    private static readonly IDatePattern[] WordLed =
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
    ];

    /// <summary>Patterns that may start at a number or an ordinal, in priority order.</summary>
    private static readonly IDatePattern[] NumberLed =
    [
        YearPartPattern.Instance,
        DayMonthPattern.Instance,
        ListedDayPattern.Instance,
        ClockPattern.Instance,
        AmountPattern.Instance,
        YearPattern.Instance,
    ];

    private static readonly IDatePattern[] IsoDateLed = [IsoDatePattern.Instance];

    private static readonly IDatePattern[] TimeLed = [ClockPattern.Instance];

    /// <summary>Appends every temporal expression of <paramref name="document"/> to <paramref name="output"/>, in text order.</summary>
    public static void Recognize(Document document, List<TemporalMention> output)
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
                if (TryMatch(scanner, tokens[i].Kind, i, out TemporalMention m))
                {
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

    private static bool TryMatch(DateScanner scanner, TokenKind kind, int i, out TemporalMention m)
    {
        IDatePattern[] patterns = kind switch
        {
            TokenKind.IsoDate => IsoDateLed,
            TokenKind.Time => TimeLed,
            TokenKind.Number or TokenKind.Ordinal => NumberLed,
            TokenKind.Word or TokenKind.Abbreviation => scanner.MayStartWordLed(i) ? WordLed : [],
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
