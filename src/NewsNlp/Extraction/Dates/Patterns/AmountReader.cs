using System.Globalization;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>Reads an amount before a unit: "48", "2 1/2", "three", "twenty four", "a", "one and a half", "a couple of", "(the next) couple of", "a few", "several".</summary>
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
            if (FractionAt(s, next) is > 0 and double fraction)
            {
                // "2 1/2 years".
                amount += fraction;
                next += 3;
            }
        }
        else if (s.Is(i, "a") && s.Is(i + 1, "couple"))
        {
            // "a couple of years": two, as TimeML reads it.
            amount = 2;
            next = s.Is(i + 2, "of") ? i + 3 : i + 2;
            return true;
        }
        else if (s.Is(i, "couple") && s.Is(i + 1, "of") && s.IsAny(i - 1, DateWords.DurationDeterminers))
        {
            // "the next couple of years", "the past couple of weeks": two, as after "a".
            amount = 2;
            next = i + 2;
            return true;
        }
        else if (s.IsAny(i, DateWords.VagueAmounts) || (s.Is(i, "a") && s.Is(i + 1, "few")))
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
            if (word.Value is >= 20 and <= 90 && word.Value % 10 == 0 && s.Lex(next) is { Kind: DateWordKind.Number, Value: >= 1 and <= 9 } unit)
            {
                // "twenty four hours": a ten and a unit written apart.
                amount += unit.Value;
                next++;
            }
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

    /// <summary>A fraction written "1/2" (three tokens, no spaces) at <paramref name="i"/>: its value when below one, else 0.</summary>
    private static double FractionAt(DateScanner s, int i)
    {
        if (!s.KindAt(i, TokenKind.Number) || !s.IsChar(i + 1, '/') || !s.KindAt(i + 2, TokenKind.Number)
            || s.Token(i + 1).Start != s.Token(i).End || s.Token(i + 2).Start != s.Token(i + 1).End)
        {
            return 0;
        }

        int numerator = DateScanner.ParseDigits(s.W(i));
        int denominator = DateScanner.ParseDigits(s.W(i + 2));
        return numerator > 0 && denominator > numerator && denominator <= 10 ? (double)numerator / denominator : 0;
    }
}
