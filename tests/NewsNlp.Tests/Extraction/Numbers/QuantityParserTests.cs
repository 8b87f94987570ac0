using System.Globalization;
using NewsNlp.Extraction.Numbers;
using NewsNlp.Text;

namespace NewsNlp.Tests.Extraction.Numbers;

public sealed class QuantityParserTests
{
    /// <summary>Parses at the first token and describes the result as "count:min:max:exact|approx" with "-" for null, or "none".</summary>
    private static string Describe(string text)
    {
        Token[] tokens = Tokenizer.Tokenize(text);
        if (!QuantityParser.TryParse(text, tokens, 0, tokens.Length, out Quantity q))
        {
            return "none";
        }

        static string N(int? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "-";
        return $"{N(q.Count)}:{N(q.Min)}:{N(q.Max)}:{(q.Approximate ? "approx" : "exact")}";
    }

    [Theory]
    [InlineData("police are holding", 3)] // right after the last token: a capture verb ending an item with no final stop
    [InlineData("police are holding", 7)]
    [InlineData("police are holding 12", 3)] // at the limit: nothing is read at or past it
    public void TryParse_AtOrPastTheEnd_IsNoAmount(string text, int index)
    {
        Token[] tokens = Tokenizer.Tokenize(text);
        QuantityParser.TryParse(text, tokens, index, Math.Min(3, tokens.Length), out _).Should().BeFalse();
    }

    [Fact]
    public void MayStart_EveryWordAnAmountCanBeginWith_IsLetThrough()
    {
        // The gate is built from the readers' own tables; whatever they read must pass it, in any case.
        string[] words = [.. NumberReader.LeadingWords, .. BoundModifiers.FirstWords];
        words.Should().Contain(["eleven", "dozens", "several", "a", "half", "at", "more"]);
        foreach (string word in words.SelectMany(static w => new[] { w, w.ToUpperInvariant() }))
        {
            QuantityParser.MayStart(word, new Token(0, word.Length, TokenKind.Word)).Should().BeTrue(word);
        }
    }

    [Theory]
    [InlineData("12", true)] // every number
    [InlineData("twenty-one", true)] // a hyphenated word may be a compound cardinal
    [InlineData("Forty-Two", true)]
    [InlineData("killed", false)] // an ordinary word
    [InlineData("the", false)]
    [InlineData(",", false)] // punctuation never
    public void MayStart_Token_TellsWhetherAnAmountCanBegin(string text, bool expected)
    {
        Token token = Tokenizer.Tokenize(text).Single();
        QuantityParser.MayStart(text, token).Should().Be(expected);
    }

    [Theory]
    [InlineData("11 people", "11:11:11:exact")] // plain digits are exact: count = min = max
    [InlineData("1,200 Iraqis", "1200:1200:1200:exact")] // thousands separator
    [InlineData("15,000 casualties", "15000:15000:15000:exact")] // thousands separator, larger
    [InlineData("1.2 million refugees", "1200000:1200000:1200000:exact")] // decimal with a multiplier
    [InlineData("2 million people", "2000000:2000000:2000000:exact")] // digits with a multiplier
    [InlineData("eleven people", "11:11:11:exact")] // word number
    [InlineData("twenty-one soldiers", "21:21:21:exact")] // hyphenated compound word number
    [InlineData("Twenty-seven people", "27:27:27:exact")] // capitalised compound at sentence start
    [InlineData("a dozen people", "12:12:12:exact")] // "a dozen" is 12
    [InlineData("two dozen villagers", "24:24:24:exact")] // "two dozen" is 24
    [InlineData("half a dozen soldiers", "6:6:6:exact")] // "half a dozen" is 6
    [InlineData("a hundred people", "100:100:100:exact")] // "a hundred"
    [InlineData("two hundred and fifty people", "250:250:250:exact")] // hundreds with "and"
    [InlineData("three thousand men", "3000:3000:3000:exact")] // word times thousand
    [InlineData("at least 7 people", "7:7:-:exact")] // "at least" is a lower bound
    [InlineData("more than 20 people", "20:20:-:exact")] // "more than" is a lower bound
    [InlineData("over 345 pilgrims", "345:345:-:exact")] // "over" is a lower bound
    [InlineData("exceeded 100", "100:100:-:exact")] // a toll that "exceeded 100" is at least 100
    [InlineData("up to 30 people", "30:-:30:exact")] // "up to" is an upper bound
    [InlineData("as many as 300 people", "300:-:300:exact")] // "as many as" is an upper bound, not the vague "many"
    [InlineData("nearly 40 people", "40:-:40:approx")] // "nearly" hedges and bounds from above (the casualty set's decision)
    [InlineData("almost 200 people", "200:-:200:approx")] // "almost" like "nearly"
    [InlineData("107 or more people", "107:107:-:exact")] // "or more" after the number is a lower bound
    [InlineData("about 30 people", "30:-:-:approx")] // "about" hedges
    [InlineData("around twenty more", "20:-:-:approx")] // "around" hedges a word number
    [InlineData("some 3,000 men", "3000:-:-:approx")] // "some" before a number hedges
    [InlineData("an estimated 5,000 people", "5000:-:-:approx")] // "an estimated" hedges
    [InlineData("between 10 and 15 people", "10:10:15:exact")] // a range: count is the low end
    [InlineData("7 to 10 people", "7:7:10:exact")] // a "to" range
    [InlineData("a total of eleven people", "11:11:11:exact")] // "a total of" is exact
    [InlineData("dozens of people", "-:-:-:approx")] // vague: no count
    [InlineData("scores more", "-:-:-:approx")] // vague: no count
    [InlineData("hundreds of Taliban", "-:-:-:approx")] // vague: no count
    [InlineData("thousands of people", "-:-:-:approx")] // vague: no count
    [InlineData("tens of thousands of people", "-:-:-:approx")] // vague, nested
    [InlineData("several people", "-:-:-:approx")] // vague: no count
    [InlineData("many people", "-:-:-:approx")] // vague: no count
    public void TryParse_Amount_ReadsCountAndBounds(string text, string expected)
    {
        Describe(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("five kilometers from the site")] // a distance
    [InlineData("10 years ago")] // a duration
    [InlineData("85% were in favour")] // a percentage token
    [InlineData("50 percent of voters")] // a percentage in words
    [InlineData("10:30 on Tuesday")] // a clock time
    [InlineData("10.30 P.M.")] // a decimal clock time
    [InlineData("3.5 magnitude")] // a decimal without a multiplier
    [InlineData("8th brigade")] // an ordinal
    [InlineData("1980s")] // a decade
    [InlineData("100 dlrs a share")] // money in Reuters style
    [InlineData("500 mln dlrs")] // money with a multiplier abbreviation
    [InlineData("two weeks later")] // a duration in words
    [InlineData("the attacks")] // no number at all
    public void TryParse_NotACount_ReturnsFalse(string text)
    {
        Describe(text).Should().Be("none");
    }

    [Theory]
    [InlineData("Resolution 598 calls", 1)] // a label, not a count
    [InlineData("Flight 752 crashed", 1)] // a flight number
    [InlineData("March 5 attack", 1)] // a date
    [InlineData("cost $5 million", 2)] // money
    [InlineData("aged 55 years", 1)] // an age
    [InlineData("Haji Mohammad Islam, 55, said", 4)] // an age set off by commas after a name
    [InlineData("in 1983 fighting", 1)] // a year after "in"
    public void TryParse_LabelDateMoneyOrAge_ReturnsFalse(string text, int index)
    {
        Token[] tokens = Tokenizer.Tokenize(text);
        QuantityParser.TryParse(text, tokens, index, tokens.Length, out _).Should().BeFalse();
    }

    [Fact]
    public void TryParse_BareYear_IsFlagged()
    {
        const string text = "1983 was a hard year";
        Token[] tokens = Tokenizer.Tokenize(text);
        QuantityParser.TryParse(text, tokens, 0, tokens.Length, out Quantity q).Should().BeTrue();
        q.LooksLikeYear.Should().BeTrue();
    }

    [Fact]
    public void TryParse_Modifier_SpansFromModifierToNumber()
    {
        const string text = "killing at least 20 people";
        Token[] tokens = Tokenizer.Tokenize(text);
        QuantityParser.TryParse(text, tokens, 1, tokens.Length, out Quantity q).Should().BeTrue();
        text[tokens[q.FirstToken].Start..tokens[q.EndToken - 1].End].Should().Be("at least 20");
    }
}
