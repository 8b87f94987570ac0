using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>
/// The engine's second step after a pattern matched: takes the words just before the expression
/// that TimeML counts as part of it, and sets the TIMEX3 modifier they carry: "about three weeks"
/// (APPROX), "less than two weeks" (LESS_THAN), "early 1990", "the end of 1994" (START, END),
/// "the next two weeks", "the next few days", "the 1990s", "fiscal 1989". It never reaches back past
/// <c>floor</c> (the previous expression's end).
/// </summary>
internal static class ModifierPrefix
{
    private static readonly (WordClass Words, string Mod)[] Bounds =
    [
        (DateWords.EqualOrLess, "EQUAL_OR_LESS"),
        (DateWords.EqualOrMore, "EQUAL_OR_MORE"),
        (DateWords.LessThan, "LESS_THAN"),
        (DateWords.MoreThan, "MORE_THAN"),
        (DateWords.Approximators, "APPROX"),
    ];

    private static readonly (WordClass Words, string Mod)[] Positions =
    [
        (DateWords.Start, "START"),
        (DateWords.End, "END"),
        (DateWords.Mid, "MID"),
    ];

    /// <summary>Extends <paramref name="m"/> backwards over its modifier words.</summary>
    public static void Extend(DateScanner s, ref TemporalMention m, int floor)
    {
        bool amountLed = s.KindAt(m.FirstToken, TokenKind.Number) || s.Lex(m.FirstToken).Kind == DateWordKind.Number;
        if (m.Mod is null && (amountLed && m.Kind is TemporalKind.Duration or TemporalKind.Ago or TemporalKind.AnchorOffset || m.Kind == TemporalKind.Time))
        {
            foreach ((WordClass words, string mod) in Bounds)
            {
                int start = s.PhraseEndingAt(m.FirstToken, floor, words);
                if (start >= 0 && (amountLed || mod == "APPROX"))
                {
                    m.FirstToken = start;
                    m.Mod = mod;
                    break;
                }
            }
        }

        if (m.Mod is null && m.Kind is TemporalKind.Month or TemporalKind.Year or TemporalKind.Decade or TemporalKind.Century or TemporalKind.Season or TemporalKind.YearPart
            or TemporalKind.RelativeUnit or TemporalKind.RelativeDay or TemporalKind.Weekday)
        {
            foreach ((WordClass words, string mod) in Positions)
            {
                int start = s.PhraseEndingAt(m.FirstToken, floor, words);
                if (start >= 0)
                {
                    m.FirstToken = start;
                    m.Mod = mod;
                    break;
                }
            }
        }

        if (m.Kind == TemporalKind.Year && s.IsAny(m.FirstToken - 1, DateWords.YearKinds) && m.FirstToken - 1 >= floor)
        {
            // "fiscal 1989".
            m.FirstToken--;
        }

        // "the next few days", "the past several years", "the next couple of years": a vague amount takes its determiners as a number does.
        bool countLed = amountLed || (m.Kind == TemporalKind.Duration && (s.IsAny(m.FirstToken, DateWords.VagueAmounts) || s.Is(m.FirstToken, "couple")));
        int the = m.FirstToken - 1;
        if (m.Kind == TemporalKind.Duration && countLed && s.IsAny(the, DateWords.DurationDeterminers))
        {
            // "the next two weeks", "the first nine months".
            the--;
        }

        if (the >= floor && s.Is(the, "the") && (m.Kind is TemporalKind.Decade or TemporalKind.Century || (m.Kind == TemporalKind.Duration && countLed) || (m.Mod is not null && m.Kind != TemporalKind.Time)))
        {
            // "the 1990s", "the nine months", "the late 1970s".
            m.FirstToken = the;
        }
    }
}
