using NewsNlp.Text;

namespace NewsNlp.Tests.Text;

public sealed class TokenizerTests
{
    [Theory]
    // Curly quotes are tokens of their own.
    [InlineData("agreed to “de-escalate” tensions", "agreed|to|“|de-escalate|”|tensions")]
    // Curly apostrophe in a possessive splits like a straight one.
    [InlineData("Iran’s border", "Iran|’s|border")]
    [InlineData("Iran's border", "Iran|'s|border")]
    // Hyphenated and particle names stay whole.
    [InlineData("Hossein Amir-Abdollahian met Anwaar-ul-Haq Kakar", "Hossein|Amir-Abdollahian|met|Anwaar-ul-Haq|Kakar")]
    // Abbreviations keep their stops.
    [InlineData("the U.S. and U.N. envoys", "the|U.S.|and|U.N.|envoys")]
    [InlineData("Mr. Jilani and Gen. Munir", "Mr.|Jilani|and|Gen.|Munir")]
    [InlineData("on Jan. 19 and Feb. 8", "on|Jan.|19|and|Feb.|8")]
    [InlineData("at 10:30 a.m. local time", "at|10:30|a.m.|local|time")]
    // Numbers with separators, ordinals, percentages, years.
    [InlineData("1,200 people, 3.5 km, 50% in 1987", "1,200|people|,|3.5|km|,|50%|in|1987")]
    [InlineData("the 8th and 21st", "the|8th|and|21st")]
    // ISO dates are one token.
    [InlineData("published 2024-01-19.", "published|2024-01-19|.")]
    // En and em dashes stand alone.
    [InlineData("Iran – the neighbour — said", "Iran|–|the|neighbour|—|said")]
    // Bullets stand alone.
    [InlineData("• Also read: Pakistan", "•|Also|read|:|Pakistan")]
    // Ellipses are one token.
    [InlineData("wait... and… go", "wait|...|and|…|go")]
    // URLs and e-mail addresses are one token; trailing full stop is not part of the URL.
    [InlineData("see https://example.org/a?b=1. Mail info@afp.com now", "see|https://example.org/a?b=1|.|Mail|info@afp.com|now")]
    // ALL-CAPS wire headlines tokenize like any text.
    [InlineData("IRAN'S OFFENSIVE, U.S. SAYS", "IRAN|'S|OFFENSIVE|,|U.S.|SAYS")]
    // Negative clitic.
    [InlineData("we didn't know", "we|did|n't|know")]
    // Ages with hyphens are one token; a trailing full stop is punctuation.
    [InlineData("a 55-year-old cook.", "a|55-year-old|cook|.")]
    public void Tokenize_NewsText_SplitsAsExpected(string text, string expected)
    {
        Token[] tokens = Tokenizer.Tokenize(text);
        string.Join("|", tokens.Select(t => text.Substring(t.Start, t.Length))).Should().Be(expected);
    }

    [Theory]
    [InlineData("U.S.", nameof(TokenKind.Abbreviation))]
    [InlineData("10:30", nameof(TokenKind.Time))]
    [InlineData("2024-01-19", nameof(TokenKind.IsoDate))]
    [InlineData("50%", nameof(TokenKind.Percent))]
    [InlineData("8th", nameof(TokenKind.Ordinal))]
    [InlineData("1,200", nameof(TokenKind.Number))]
    [InlineData("https://afp.com", nameof(TokenKind.Url))]
    [InlineData("a@b.org", nameof(TokenKind.Email))]
    [InlineData("“", nameof(TokenKind.Quote))]
    [InlineData("•", nameof(TokenKind.Bullet))]
    public void Tokenize_SingleToken_HasKind(string text, string kind)
    {
        Token[] tokens = Tokenizer.Tokenize(text);
        tokens.Should().ContainSingle().Which.Kind.ToString().Should().Be(kind);
    }

    [Fact]
    public void Tokenize_Offsets_IndexOriginalString()
    {
        const string text = "\tPakistan’s  envoy\r\n“left”.";
        Token[] tokens = Tokenizer.Tokenize(text);
        tokens.Select(t => (t.Start, t.Length)).Should().Equal((1, 8), (9, 2), (13, 5), (20, 1), (21, 4), (25, 1), (26, 1));
    }
}
