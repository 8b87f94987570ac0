using CsCheck;

namespace NewsNlp.Tests.Reliability;

/// <summary>
/// CsCheck generators for the text scraped news throws at us: news phrases the extractors react
/// to, mixed with surrogate pairs, lone surrogates, combining marks, right-to-left text,
/// zero-width and control characters, NUL, and very long tokens and lines.
/// </summary>
public static class HostileText
{
    /// <summary>Phrases that make every extractor fire, so the properties exercise real code paths.</summary>
    private static readonly string[] NewsPhrases =
    [
        "Pakistan", "Iran", "Iran's", "U.S.", "United States", "the United Kingdom", "Congo", "Georgia", "Chad", "Jordan",
        "Pakistani", "Iranian", "Americans", "UN", "NATO", "the United Nations", "Hamas", "Foreign Ministry",
        "President", "Prime Minister", "Mr.", "Dr.", "Gen.", "Joe Biden", "Anwaar-ul-Haq Kakar", "said", "told", "according to",
        "killed", "were killed", "died", "wounded", "injured", "dead", "at least", "more than", "dozens", "two children",
        "12", "1,000", "3.5", "20-30", "nine", "twenty-one", "hundreds", "seven people", "%",
        "on Tuesday", "last week", "January 16, 2024", "16 Jan", "2024-01-19", "in 1998", "yesterday", "the 1990s",
        "missile strike", "airstrike", "attacked", "protest", "arrested", "met with", "talks", "bombing", "ceasefire",
        ".", ",", ";", ":", "!", "?", "\"", "\u201C", "\u201D", "'", "\u2019", "(", ")", "[", "]", "-", "\u2013", "\u2014", "\u2026", "...",
        " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u2022 ", "https://example.org/a?b=c", "press@example.org", "#Iran", "@user",
        "<p>", "</p>", "<br/>", "&amp;", "&nbsp;", "&#8217;", "&quot;",
    ];

    /// <summary>Characters that break naive text code.</summary>
    private static readonly string[] OddCharacters =
    [
        "\0", "\u0001", "\u0007", "\u001B", "\u007F", "\u0085", "\u00A0", "\u00AD", "\u200B", "\u200C", "\u200D", "\u200E", "\u200F",
        "\u202A", "\u202B", "\u202E", "\u2028", "\u2029", "\u2060", "\uFEFF", "\uFFFD", "\uFFFE", "\uFFFF",
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF", // lone surrogates
        "\uD83D\uDE00", "\uD83C\uDDF5\uD83C\uDDF0", "\uD835\uDC00", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", // pairs, flags, ZWJ sequences
        "e\u0301", "\u0301", "\u0301\u0308\u0323", "A\u030A", "\u0915\u094D\u0937", // combining marks
        "\u0627\u0644\u0639\u0631\u0627\u0642", "\u05D9\u05E9\u05E8\u05D0\u05DC", "\u0661\u0662\u0663", // Arabic, Hebrew, Arabic-Indic digits
        "\u4E2D\u56FD", "\u6B7B\u4EA1", "\u0418\u0440\u0430\u043D", "\u0130stanbul", "\u0131", "\u00DF", "\uFB01", "\u2160\u2161", "\u00BD", "\u00B2",
        "\u00C3\u00A9", "\u00E2\u20AC\u2122", "\u00C2\u00A0", // mojibake
    ];

    /// <summary>One piece of text: a news phrase, an odd character, arbitrary characters, or something very long.</summary>
    public static Gen<string> Fragment { get; } = Gen.Frequency(
        (10, Gen.OneOf<string>(NewsPhrases)),
        (4, Gen.OneOf<string>(OddCharacters)),
        (3, Gen.String[0, 12]),
        (2, Gen.Char.Select(c => c.ToString())),
        (1, Gen.Select(Gen.Int[100, 3000], Gen.OneOf<string>("a", "A", "1", ".", "-", "\u0301", "\uD83D\uDE00", "\uD800", " ", "\n", "Iran "),
            (n, s) => string.Concat(Enumerable.Repeat(s, n)))));

    /// <summary>Text made of up to 80 fragments, sometimes separated by spaces.</summary>
    public static Gen<string> Article { get; } = Gen.Frequency(
        (6, Gen.Select(Fragment.Array[0, 80], Gen.Bool, (parts, spaced) => string.Join(spaced ? " " : "", parts))),
        (1, Gen.String[0, 400]),
        (1, Gen.String[Gen.Char["aZ .,'\u2019\u201C\u201D-\u2013\u2014\n\r\t0123456789:%\0\u200B\u0301\uD83D\uDE00\uD800\uDC00"], 0, 400]));

    /// <summary>
    /// How many inputs a property checks: the value of <c>NEWSNLP_LONG_PROPERTIES</c> when set
    /// divided by <paramref name="longDivisor"/> (the long, on-demand run), otherwise
    /// <paramref name="ciDefault"/> (a few seconds in CI).
    /// </summary>
    public static long Iterations(long ciDefault, long longDivisor = 1)
    {
        string? raw = Environment.GetEnvironmentVariable("NEWSNLP_LONG_PROPERTIES");
        return long.TryParse(raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long n) && n > 0
            ? Math.Max(ciDefault, n / longDivisor)
            : ciDefault;
    }

    /// <summary>Shows a text with its odd characters escaped, for failure messages.</summary>
    public static string Escape(string text)
    {
        var sb = new System.Text.StringBuilder(Math.Min(text.Length, 300) + 16);
        foreach (char c in text.Length > 300 ? text[..300] : text)
        {
            if (c is >= ' ' and < '\u007F')
            {
                sb.Append(c);
            }
            else
            {
                sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return text.Length > 300 ? sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"... ({text.Length} chars)").ToString() : sb.ToString();
    }
}
