using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// Dates in a count's sentence that <see cref="CasualtyScopes"/> reads: a whole month or year ("in 1989", a
/// running total's period) and a day before "this year" ("on 24 May this year", one incident).
/// </summary>
internal static class ScopeDates
{
    private static readonly WordClass PeriodStarts = Lexicon.Default.Class("casualties/period-starts");

    /// <summary>True when a day of a date stands just before <paramref name="i"/>: "24 May | this year", "May 24 | last year".</summary>
    public static bool IsDayBefore(string text, Token[] tokens, int i) =>
        i > 1 && ((tokens[i - 2].Kind == TokenKind.Number && tokens[i - 1].Kind == TokenKind.Word && Lexicon.Default.Contains(PeriodStarts, tokens[i - 1].Slice(text)))
            || (tokens[i - 1].Kind == TokenKind.Number && tokens[i - 2].Kind == TokenKind.Word && Lexicon.Default.Contains(PeriodStarts, tokens[i - 2].Slice(text))));

    /// <summary>"in 1989", "in January", "during the month of January": a whole month or year, not one day.</summary>
    public static bool IsMonthOrYear(string text, Token[] tokens, int first, int i, int limit)
    {
        ReadOnlySpan<char> before = i > first ? tokens[i - 1].Slice(text) : default;
        if (!(before.Equals("in", StringComparison.OrdinalIgnoreCase) || before.Equals("during", StringComparison.OrdinalIgnoreCase) || before.Equals("of", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // A fronted "In 1985, ..." dates the incidents that follow; it does not total them.
        bool year = i - 1 > first && tokens[i].Kind == TokenKind.Number && tokens[i].Length == 4 && tokens[i].Slice(text)[0] is '1' or '2';
        bool month = Lexicon.Default.Contains(PeriodStarts, tokens[i].Slice(text)) && tokens[i].Kind == TokenKind.Word
            && !(i + 1 < limit && tokens[i + 1].Kind == TokenKind.Number);
        return year || (month && !before.Equals("of", StringComparison.OrdinalIgnoreCase)) || (month && i - 3 >= first && tokens[i - 2].Slice(text).Equals("month", StringComparison.OrdinalIgnoreCase));
    }
}
