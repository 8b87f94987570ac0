using NewsNlp.Text;

namespace NewsNlp.Tests.Text;

public sealed class TokenizerTests
{
    /// <summary>
    /// Asserts the tokens' texts and their offsets: each expected token must start exactly where its
    /// text first occurs after the previous token, so a shifted offset fails even when texts match.
    /// </summary>
    private static void AssertTokens(string text, string expected)
    {
        Token[] tokens = Tokenizer.Tokenize(text);
        string[] pieces = expected.Split('|');
        string.Join("|", tokens.Select(t => text.Substring(t.Start, t.Length))).Should().Be(expected);
        int from = 0;
        for (int k = 0; k < pieces.Length; k++)
        {
            int start = text.IndexOf(pieces[k], from, StringComparison.Ordinal);
            tokens[k].Start.Should().Be(start, "token {0} \"{1}\" starts where its text first occurs after the previous token", k, pieces[k]);
            tokens[k].Length.Should().Be(pieces[k].Length);
            from = start + pieces[k].Length;
        }
    }

    [Theory]
    // Curly double quotes are tokens of their own, on both sides of a hyphenated word.
    [InlineData("agreed to “de-escalate” tensions", "agreed|to|“|de-escalate|”|tensions")]
    // Curly single quotes used as quotation marks.
    [InlineData("a ‘calibrated’ response", "a|‘|calibrated|’|response")]
    // Straight double quotes around a quotation.
    [InlineData("said \"no\" twice", "said|\"|no|\"|twice")]
    // Guillemets from French-style copy.
    [InlineData("«Non» he said", "«|Non|»|he|said")]
    // A curly apostrophe in a possessive splits like a straight one.
    [InlineData("Iran’s border", "Iran|’s|border")]
    [InlineData("Iran's border", "Iran|'s|border")]
    // A plural possessive keeps its apostrophe as a separate mark.
    [InlineData("the countries’ leaders", "the|countries|’|leaders")]
    // Possessive after a hyphenated name.
    [InlineData("Amir-Abdollahian’s visit", "Amir-Abdollahian|’s|visit")]
    // Other clitics: 're, 've, 'll, 'd, 'm.
    [InlineData("they're sure we've won", "they|'re|sure|we|'ve|won")]
    [InlineData("I'm told she'll go and he'd stay", "I|'m|told|she|'ll|go|and|he|'d|stay")]
    // Negative clitic, straight and curly.
    [InlineData("we didn't know", "we|did|n't|know")]
    [InlineData("Iran doesn’t want war", "Iran|does|n’t|want|war")]
    // An apostrophe inside a name stays in the name.
    [InlineData("O'Brien and Ma'ariv reported", "O'Brien|and|Ma'ariv|reported")]
    // A name with an inner apostrophe and a possessive.
    [InlineData("O’Brien’s aide", "O’Brien|’s|aide")]
    // Hyphenated and particle names stay whole.
    [InlineData("Hossein Amir-Abdollahian met Anwaar-ul-Haq Kakar", "Hossein|Amir-Abdollahian|met|Anwaar-ul-Haq|Kakar")]
    // Arabic particle names with a lowercase article.
    [InlineData("Abu Mahdi al-Muhandis was killed", "Abu|Mahdi|al-Muhandis|was|killed")]
    // Non-ASCII letters stay in the word.
    [InlineData("Zürich and Sihanoukville’s port", "Zürich|and|Sihanoukville|’s|port")]
    // Abbreviations keep their stops.
    [InlineData("the U.S. and U.N. envoys", "the|U.S.|and|U.N.|envoys")]
    [InlineData("Mr. Jilani and Gen. Munir", "Mr.|Jilani|and|Gen.|Munir")]
    [InlineData("Lt. Gen. Okafor and Dr. Yusuf", "Lt.|Gen.|Okafor|and|Dr.|Yusuf")]
    [InlineData("on Jan. 19 and Feb. 8", "on|Jan.|19|and|Feb.|8")]
    // A three-letter acronym with stops.
    [InlineData("the U.S.A. team", "the|U.S.A.|team")]
    // Lowercase dotted abbreviations.
    [InlineData("talks, e.g. in Geneva", "talks|,|e.g.|in|Geneva")]
    // A dotted acronym before a hyphen keeps its stops; the hyphen stands alone.
    [InlineData("U.S.-backed rebels", "U.S.|-|backed|rebels")]
    // An initial keeps its stop.
    [InlineData("John F. Kennedy", "John|F.|Kennedy")]
    // Company suffixes.
    [InlineData("Harbor Fuels Ltd. said", "Harbor|Fuels|Ltd.|said")]
    // "No." is an abbreviation before a number only.
    [InlineData("No. 10 Downing Street", "No.|10|Downing|Street")]
    [InlineData("they said no. Then left", "they|said|no|.|Then|left")]
    // A common word that is also an abbreviation, in lowercase, ends with plain punctuation.
    [InlineData("the men sat. Others stood", "the|men|sat|.|Others|stood")]
    // A plain word before a full stop does not absorb it.
    [InlineData("tensions.", "tensions|.")]
    // Clock times with a.m./p.m., attached am/pm and seconds-free times.
    [InlineData("at 10:30 a.m. local time", "at|10:30|a.m.|local|time")]
    // A Time token is always H:MM; an attached am/pm is a word of its own, "10am" an alphanumeric word.
    [InlineData("at 4:12pm and 10am", "at|4:12|pm|and|10am")]
    // A sports score is not a time.
    [InlineData("won 2:1 on Sunday", "won|2|:|1|on|Sunday")]
    // Numbers with separators, ordinals, percentages, years.
    [InlineData("1,200 people, 3.5 km, 50% in 1987", "1,200|people|,|3.5|km|,|50%|in|1987")]
    [InlineData("the 8th and 21st, 2nd and 3rd", "the|8th|and|21st|,|2nd|and|3rd")]
    // Large numbers and decimals with several groups.
    [InlineData("about 1,200,000 or 1.2 million", "about|1,200,000|or|1.2|million")]
    // A comma not followed by exactly three digits separates numbers.
    [InlineData("scores of 3,4 and 1,2345", "scores|of|3|,|4|and|1|,|2345")]
    // A year at the end of a sentence leaves the stop alone.
    [InlineData("built in 1987.", "built|in|1987|.")]
    // Decades.
    [InlineData("in the 1980s", "in|the|1980s")]
    // Currency symbols stand alone before the amount.
    [InlineData("$1.8 billion", "$|1.8|billion")]
    // Number ranges with a hyphen or an en dash split around the dash.
    [InlineData("from 10-12 and 2010–2012", "from|10|-|12|and|2010|–|2012")]
    // ISO dates are one token, even before a full stop.
    [InlineData("published 2024-01-19.", "published|2024-01-19|.")]
    // En and em dashes stand alone.
    [InlineData("Iran – the neighbour — said", "Iran|–|the|neighbour|—|said")]
    // A dash between words without spaces still stands alone when it is an en or em dash.
    [InlineData("blows—and then", "blows|—|and|then")]
    // A double hyphen is one dash.
    [InlineData("wait -- now", "wait|--|now")]
    // A Reuters dateline.
    [InlineData("BAHRAIN, March 5 - Iranian troops", "BAHRAIN|,|March|5|-|Iranian|troops")]
    // Bullets stand alone.
    [InlineData("• Also read: Pakistan", "•|Also|read|:|Pakistan")]
    // A dash or star opening a line is a list marker.
    [InlineData("Points:\n- one\n* two", "Points|:|-|one|*|two")]
    // Ellipses are one token, three or more dots or the single character.
    [InlineData("wait... and… go.... now", "wait|...|and|…|go|....|now")]
    // URLs and e-mail addresses are one token; a trailing full stop is not part of the URL.
    [InlineData("see https://example.org/a?b=1. Mail info@afp.com now", "see|https://example.org/a?b=1|.|Mail|info@afp.com|now")]
    // A www address and a bare domain with a path.
    [InlineData("visit www.dawn.com or reuters.com/world, then", "visit|www.dawn.com|or|reuters.com/world|,|then")]
    // An e-mail address with dots in the local part.
    [InlineData("write to j.smith@example.org.", "write|to|j.smith@example.org|.")]
    // A URL in brackets loses the closing bracket.
    [InlineData("(http://x.org/a)", "(|http://x.org/a|)")]
    // ALL-CAPS wire headlines tokenize like any text.
    [InlineData("IRAN'S OFFENSIVE, U.S. SAYS", "IRAN|'S|OFFENSIVE|,|U.S.|SAYS")]
    // Capitalised abbreviations in wire capitals.
    [InlineData("MR. KAKAR MET GEN. MUNIR ON JAN. 18", "MR.|KAKAR|MET|GEN.|MUNIR|ON|JAN.|18")]
    // Ages with hyphens are one token; a trailing full stop is punctuation.
    [InlineData("a 55-year-old cook.", "a|55-year-old|cook|.")]
    // Alphanumeric words.
    [InlineData("F-16 jets and 9mm rounds", "F-16|jets|and|9mm|rounds")]
    // Brackets and the wire agency tag.
    [InlineData("(Reuters) - Floods", "(|Reuters|)|-|Floods")]
    // Non-breaking and zero-width spaces separate without becoming tokens.
    [InlineData("10\u00A0km\u200Baway", "10|km|away")]
    public void Tokenize_NewsText_SplitsAtExpectedOffsets(string text, string expected)
    {
        AssertTokens(text, expected);
    }

    [Theory]
    // Each shape gets its own kind so later stages need not re-parse it.
    [InlineData("U.S.", nameof(TokenKind.Abbreviation))]
    [InlineData("Gen.", nameof(TokenKind.Abbreviation))]
    [InlineData("a.m.", nameof(TokenKind.Abbreviation))]
    [InlineData("10:30", nameof(TokenKind.Time))]
    [InlineData("2024-01-19", nameof(TokenKind.IsoDate))]
    [InlineData("50%", nameof(TokenKind.Percent))]
    [InlineData("8th", nameof(TokenKind.Ordinal))]
    [InlineData("1,200", nameof(TokenKind.Number))]
    [InlineData("3.5", nameof(TokenKind.Number))]
    [InlineData("1987", nameof(TokenKind.Number))]
    [InlineData("https://afp.com", nameof(TokenKind.Url))]
    [InlineData("reuters.com", nameof(TokenKind.Url))]
    [InlineData("a@b.org", nameof(TokenKind.Email))]
    [InlineData("“", nameof(TokenKind.Quote))]
    [InlineData("’", nameof(TokenKind.Quote))]
    [InlineData("•", nameof(TokenKind.Bullet))]
    [InlineData("—", nameof(TokenKind.Dash))]
    [InlineData("–", nameof(TokenKind.Dash))]
    [InlineData("…", nameof(TokenKind.Ellipsis))]
    [InlineData("...", nameof(TokenKind.Ellipsis))]
    [InlineData("(", nameof(TokenKind.Bracket))]
    [InlineData("€", nameof(TokenKind.Symbol))]
    [InlineData("\uD83D\uDE00", nameof(TokenKind.Symbol))]
    [InlineData("Amir-Abdollahian", nameof(TokenKind.Word))]
    [InlineData("IRAN", nameof(TokenKind.Word))]
    public void Tokenize_SingleToken_HasKind(string text, string kind)
    {
        Token[] tokens = Tokenizer.Tokenize(text);
        tokens.Should().ContainSingle().Which.Kind.ToString().Should().Be(kind);
    }

    [Theory]
    // The clitic is its own kind; the word before it stays a word.
    [InlineData("Iran's", "Word,Clitic")]
    [InlineData("didn’t", "Word,Clitic")]
    public void Tokenize_Clitic_HasKinds(string text, string kinds)
    {
        string.Join(",", Tokenizer.Tokenize(text).Select(t => t.Kind.ToString())).Should().Be(kinds);
    }

    [Fact]
    public void Tokenize_Offsets_IndexOriginalString()
    {
        const string text = "\tPakistan’s  envoy\r\n“left”.";
        Token[] tokens = Tokenizer.Tokenize(text);
        tokens.Select(t => (t.Start, t.Length)).Should().Equal((1, 8), (9, 2), (13, 5), (20, 1), (21, 4), (25, 1), (26, 1));
    }

    [Fact]
    public void Tokenize_IntoReusedBuffer_AppendsAndCounts()
    {
        var buffer = new TokenBuffer(16);
        Tokenizer.Tokenize("Iran's envoy left.", buffer).Should().Be(5);
        Tokenizer.Tokenize("He returned.", buffer).Should().Be(3);
        buffer.Count.Should().Be(8);
        buffer.Tokens[5].Should().Be(new Token(0, 2, TokenKind.Word));
    }

    [Fact]
    public void Tokenize_LongText_GrowsBuffer()
    {
        string text = string.Concat(Enumerable.Repeat("Iran’s U.S. envoy, 1,200 “troops” left... ", 500));
        var buffer = new TokenBuffer(16);
        int count = Tokenizer.Tokenize(text, buffer);
        count.Should().Be(500 * 11);
        Tokenizer.Tokenize(text).Should().Equal(buffer.Tokens.ToArray());
    }

    [Theory]
    // Long dotted runs must not make the domain and e-mail scanners rescan the rest of the text per token.
    [InlineData("ab.cd.")]
    [InlineData("a@b-")]
    [InlineData("x.y@")]
    [InlineData("http://")]
    public void Tokenize_PathologicalRun_StaysLinear(string unit)
    {
        string text = string.Concat(Enumerable.Repeat(unit, 200_000 / unit.Length));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Token[] tokens = Tokenizer.Tokenize(text);
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(15), "a quadratic scan would take minutes; a linear one takes well under a second");
        tokens.Should().NotBeEmpty();
    }

    [Fact]
    public void Tokenize_IntoWarmBuffer_AllocatesNothing()
    {
        string text = string.Concat(Enumerable.Repeat("Pakistan’s Foreign Minister Jalil Abbas Jilani spoke to his Iranian counterpart on Jan. 19 at 10:30 a.m. about 1,200 troops. ", 50));
        var buffer = new TokenBuffer(1 << 12);
        Tokenizer.Tokenize(text, buffer);
        buffer.Clear();
        long before = GC.GetAllocatedBytesForCurrentThread();
        Tokenizer.Tokenize(text, buffer);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        allocated.Should().Be(0);
    }
}
