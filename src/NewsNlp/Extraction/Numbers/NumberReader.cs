using NewsNlp.Text;

namespace NewsNlp.Extraction.Numbers;

/// <summary>Reads the number itself at a token: digits with separators, number words, multipliers, vague amounts.</summary>
internal static class NumberReader
{
    // The words, besides cardinals and vague amounts, that begin a spelled number: "a dozen", "an
    // hundred", "half a dozen".
    private const string Article = "a";
    private const string ArticleBeforeVowel = "an";
    private const string Half = "half";

    /// <summary>
    /// Every word a number can begin with, hyphenated cardinals ("twenty-one") aside:
    /// <see cref="TryRead"/> reads no word-led number that does not start with one of these.
    /// </summary>
    public static IEnumerable<string> LeadingWords =>
        NumberWords.CardinalWords.Concat(NumberWords.VagueWords).Append(Article).Append(ArticleBeforeVowel).Append(Half);
    /// <summary>Reads the number itself: null value for a vague amount.</summary>
    public static bool TryRead(string text, Token[] tokens, int i, int limit, out int? value, out int next, out bool year)
    {
        value = null;
        next = i;
        year = false;
        Token token = tokens[i];
        ReadOnlySpan<char> span = token.Slice(text);
        if (token.Kind == TokenKind.Number)
        {
            return TryDigits(text, tokens, i, limit, out value, out next, out year);
        }

        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        if (NumberWords.IsVague(span))
        {
            next = i + 1;
            // "tens of thousands", "hundreds of thousands", "several hundred", "many thousands".
            if (next + 1 < limit && Is(text, tokens[next], "of") && NumberWords.IsVague(tokens[next + 1].Slice(text)))
            {
                next += 2;
            }
            else if (next < limit && NumberWords.TryMultiplier(tokens[next].Slice(text), out _))
            {
                next++;
            }

            return true;
        }

        long total;
        int j;
        if ((Is(text, token, Article) || Is(text, token, ArticleBeforeVowel)) && i + 1 < limit && NumberWords.TryMultiplier(tokens[i + 1].Slice(text), out int single))
        {
            // "a dozen", "a hundred", "a thousand".
            total = single;
            j = i + 2;
        }
        else if (Is(text, token, Half) && i + 2 < limit && Is(text, tokens[i + 1], Article) && Is(text, tokens[i + 2], "dozen"))
        {
            total = 6;
            j = i + 3;
        }
        else if (NumberWords.TryCardinal(span, out int cardinal))
        {
            total = cardinal;
            j = i + 1;
            if (IsTens(cardinal) && j < limit && TryUnit(text, tokens[j], out int unit))
            {
                // "Forty one people", "twenty five soldiers": a compound written with a space instead of a hyphen is one number.
                total += unit;
                j++;
            }
            else if (j < limit && Is(text, tokens[j], "hundred"))
            {
                total *= 100;
                j++;
                if (j + 1 < limit && Is(text, tokens[j], "and") && NumberWords.TryCardinal(tokens[j + 1].Slice(text), out int rest) && rest < 100)
                {
                    total += rest;
                    j += 2;
                }
            }
        }
        else
        {
            return false;
        }

        if (j < limit && NumberWords.TryMultiplier(tokens[j].Slice(text), out int multiplier) && multiplier != 100)
        {
            total *= multiplier;
            j++;
        }

        value = (int)Math.Min(total, int.MaxValue);
        next = j;
        return true;
    }

    /// <summary>True for twenty, thirty, ... ninety: the tens a unit word may follow ("forty one").</summary>
    private static bool IsTens(int value) => value is >= 20 and < 100 && value % 10 == 0;

    /// <summary>True when <paramref name="token"/> is a spelled unit, one to nine.</summary>
    private static bool TryUnit(string text, Token token, out int unit)
    {
        unit = 0;
        return token.Kind == TokenKind.Word && NumberWords.TryCardinal(token.Slice(text), out unit) && unit is >= 1 and <= 9;
    }

    private static bool TryDigits(string text, Token[] tokens, int i, int limit, out int? value, out int next, out bool year)
    {
        value = null;
        next = i + 1;
        year = false;
        ReadOnlySpan<char> span = tokens[i].Slice(text);
        long whole = 0;
        long fraction = 0;
        long scale = 1;
        bool inFraction = false;
        int digits = 0;
        foreach (char c in span)
        {
            if (c is >= '0' and <= '9')
            {
                if (inFraction)
                {
                    if (scale < 1_000_000)
                    {
                        fraction = fraction * 10 + (c - '0');
                        scale *= 10;
                    }
                }
                else
                {
                    whole = whole * 10 + (c - '0');
                    digits++;
                    if (whole > int.MaxValue)
                    {
                        return false;
                    }
                }
            }
            else if (c == '.')
            {
                if (inFraction)
                {
                    return false;
                }

                inFraction = true;
            }
            else if (c != ',')
            {
                // "1980s".
                return false;
            }
        }

        int multiplier = 1;
        if (next < limit && NumberWords.TryMultiplier(tokens[next].Slice(text), out int m) && m >= 100)
        {
            multiplier = m;
            next++;
        }

        if (inFraction && multiplier == 1)
        {
            // 3.5, 10.30: a measure or a time, never a count of people.
            return false;
        }

        long total = whole * multiplier + fraction * multiplier / scale;
        if (total > int.MaxValue)
        {
            return false;
        }

        value = (int)total;
        year = multiplier == 1 && digits == 4 && span.Length == 4 && total is >= 1800 and <= 2100;
        return true;
    }

    public static bool Is(string text, Token token, string word) => token.Slice(text).Equals(word, StringComparison.OrdinalIgnoreCase);
}
