using System.Globalization;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>Reads an amount before a unit: "48", "three", "a", "one and a half", "a few", "several".</summary>
internal static class AmountReader
{
    /// <summary>
    /// True when an amount starts at <paramref name="i"/>; <paramref name="next"/> is the token after
    /// it and <paramref name="exact"/> is false for vague amounts ("a few"), whose value is 0.
    /// </summary>
    public static bool TryRead(DateScanner s, int i, out double amount, out int next, out bool exact)
    {
        amount = 0;
        next = i;
        exact = true;
        if (!s.InSentence(i))
        {
            return false;
        }

        Token t = s.Token(i);
        if (t.Kind == TokenKind.Number)
        {
            if (!double.TryParse(s.W(i), NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount))
            {
                return false;
            }

            next = i + 1;
        }
        else if (s.IsAny(i, DateWords.VagueAmounts) || (s.Is(i, "a") && (s.Is(i + 1, "few") || s.Is(i + 1, "couple"))))
        {
            exact = false;
            next = s.Is(i, "a") ? i + 2 : i + 1;
            if (s.Is(next, "of"))
            {
                next++;
            }

            return true;
        }
        else if (s.Is(i, "half") && (s.Is(i + 1, "a") || s.Is(i + 1, "an")))
        {
            amount = 0.5;
            next = i + 2;
            return true;
        }
        else if (s.Lex(i) is { Kind: DateWordKind.Number } word)
        {
            amount = word.Value;
            next = i + 1;
        }
        else
        {
            return false;
        }

        if (s.Is(next, "and") && (s.Is(next + 1, "a") || s.Is(next + 1, "one")) && s.Is(next + 2, "half"))
        {
            // "one and a half hours".
            amount += 0.5;
            next += 3;
        }

        return true;
    }
}
