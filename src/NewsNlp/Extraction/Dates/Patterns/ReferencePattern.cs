using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>
/// The present, past or future as a whole: "now", "currently", "these days" (PRESENT_REF),
/// "recently", "the past" (PAST_REF), "soon", "as soon as possible", "the future" (FUTURE_REF); not "as soon as" before a
/// clause or a date, nor "soon after" / "soon before" (a signal of order), nor "formerly" in apposition
/// ("Varity, formerly Massey-Ferguson"). The contract value
/// stays null (no day is named); the TIMEX3 value is the reference.
/// </summary>
internal sealed class ReferencePattern : IWordLedPattern
{
    /// <summary>The one instance.</summary>
    public static readonly ReferencePattern Instance = new();

    /// <inheritdoc/>
    public WordStart Start { get; } = new() { Classes = [DateWords.ReferencePhraseStarts, DateWords.PresentRef, DateWords.PastRef, DateWords.FutureRef] };

    private static readonly (WordClass Words, string Value)[] References =
    [
        (DateWords.PresentRef, "PRESENT_REF"),
        (DateWords.PastRef, "PAST_REF"),
        (DateWords.FutureRef, "FUTURE_REF"),
    ];

    /// <inheritdoc/>
    public bool TryMatch(DateScanner s, int i, out TemporalMention m)
    {
        bool phraseMayStart = s.IsAny(i, DateWords.ReferencePhraseStarts);
        foreach ((WordClass words, string value) in References)
        {
            int length = phraseMayStart ? s.PhraseLength(i, words) : s.IsAny(i, words) ? 1 : 0;
            if (length > 0 && !(length > 1 && CountsOn(s, i + length)))
            {
                if (length == 1 && s.Is(i, "formerly") && (s.IsChar(i - 1, ',') || s.IsChar(i - 1, '(') || s.KindAt(i - 1, TokenKind.Dash)))
                {
                    // "Varity Corp, formerly Massey-Ferguson", "Mr. Hale, formerly the bank's treasurer": in apposition it names
                    // what the thing or person was, a name or a title, like "former".
                    break;
                }

                if (length == 1 && s.Is(i, "soon") && s.IsAny(i + 1, DateWords.SequenceSignals))
                {
                    // "soon after the vote", "soon before he died": the order of two events, a signal; the time, if any, is
                    // the event's.
                    break;
                }

                if (length == 1 && s.Is(i, "soon") && s.Is(i - 1, "as") && s.Is(i + 1, "as"))
                {
                    // "as soon as possible" is one expression (FUTURE_REF); "as soon as the talks end", "as soon as Tuesday" is a
                    // conjunction or a signal: the time, if any, is what follows.
                    if (!s.Is(i + 2, "possible"))
                    {
                        break;
                    }

                    m = s.New(TemporalKind.Reference, i - 1, i + 3);
                    m.TimexLiteral = value;
                    return true;
                }

                m = s.New(TemporalKind.Reference, i, i + length);
                m.TimexLiteral = value;
                return true;
            }
        }

        m = default;
        return false;
    }

    /// <summary>True when a count or unit follows ("the past two quarters", "the past months"): a span, not the past as a whole.</summary>
    private static bool CountsOn(DateScanner s, int next) =>
        s.Lex(next).Kind == DateWordKind.Unit || AmountReader.TryRead(s, next, out _, out _, out _);
}
