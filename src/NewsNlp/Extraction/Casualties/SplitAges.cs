using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// Ages split by a space, as capitals text writes them ("A 12- YEAR-OLD GIRL"): the number is an age, not
/// a count of victims, and the person after it is one victim.
/// </summary>
internal static class SplitAges
{
    /// <summary>True when "year-old" follows at <paramref name="index"/>, after at most one dash ("12- YEAR-OLD", "12 -year-old").</summary>
    public static bool IsAge(in CasualtySentence s, int index) => AgeWordAt(s, index) >= 0;

    /// <summary>The token after an age split by a space at <paramref name="index"/> ("12- YEAR-OLD"), or <paramref name="index"/> when none stands there.</summary>
    public static int Skip(in CasualtySentence s, int index) =>
        index < s.Limit && s.Tokens[index].Kind == TokenKind.Number && AgeWordAt(s, index + 1) is var age and >= 0 ? age + 1 : index;

    private static int AgeWordAt(in CasualtySentence s, int index)
    {
        int next = index < s.Limit && s.Tokens[index].Kind is TokenKind.Dash or TokenKind.Punctuation && s.Word(index) is ['-' or '\u2010' or '\u2011'] ? index + 1 : index;
        return next < s.Limit && s.IsWord(next) && s.Word(next).TrimStart("-\u2010\u2011") is var word
            && (word.StartsWith("year-old", StringComparison.OrdinalIgnoreCase) || word.StartsWith("years-old", StringComparison.OrdinalIgnoreCase)) ? next : -1;
    }
}
