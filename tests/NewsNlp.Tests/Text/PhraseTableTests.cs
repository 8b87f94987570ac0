using CsCheck;
using NewsNlp.Text;

namespace NewsNlp.Tests.Text;

public sealed class PhraseTableTests
{
    private static readonly PhraseTable<string> Places = PhraseTable<string>.Build(
    [
        ("United States", "US"),
        ("United Arab Emirates", "AE"),
        ("United Kingdom", "GB"),
        ("New York", "US-NY"),
        ("New York City", "US-NYC"),
        ("Tripoli, Lebanon", "LB"),
        ("US", "US-acronym"),
        ("iran", "IR"),
        ("Guinea", "GN"),
        ("Papua New Guinea", "PG"),
    ]);

    [Theory]
    [InlineData("He flew to New York City today", 3, "US-NYC", 3)]
    [InlineData("He flew to New York today", 3, "US-NY", 2)]
    [InlineData("the United Arab Emirates said", 1, "AE", 3)]
    [InlineData("the United Arab League said", 1, null, 0)] // a prefix that ends nowhere matches nothing
    [InlineData("troops in Tripoli, Lebanon were", 2, "LB", 3)]
    [InlineData("Papua New Guinea and Guinea", 0, "PG", 3)]
    [InlineData("Papua New Guinea and Guinea", 4, "GN", 1)]
    [InlineData("told us that", 1, null, 0)] // an acronym keeps its case
    [InlineData("told US officials", 1, "US-acronym", 1)]
    [InlineData("IRAN said", 0, "IR", 1)] // any case for a lower-case term
    public void TryMatch_LongestPhraseStartingAtToken(string text, int index, string? expected, int expectedTokens)
    {
        Token[] tokens = Tokenizer.Tokenize(text);

        bool found = Places.TryMatch(text, tokens, index, tokens.Length, out string value, out int count);

        found.Should().Be(expected is not null);
        (found ? value : null).Should().Be(expected);
        count.Should().Be(expectedTokens);
    }

    [Fact]
    public void TryMatch_StopsAtLimitAndAtBlankLine()
    {
        const string text = "New York City\n\nNew York\n\nCity";
        Token[] tokens = Tokenizer.Tokenize(text);

        Places.TryMatch(text, tokens, 0, 2, out string limited, out int limitedCount).Should().BeTrue();
        (limited, limitedCount).Should().Be(("US-NY", 2));
        Places.TryMatch(text, tokens, 3, tokens.Length, out string broken, out int brokenCount).Should().BeTrue();
        (broken, brokenCount).Should().Be(("US-NY", 2));
    }

    [Fact]
    public void MayStartWith_FirstTokensOfPhrasesOnly()
    {
        Places.MayStartWith("united").Should().BeTrue();
        Places.MayStartWith("Papua").Should().BeTrue();
        Places.MayStartWith("Arab").Should().BeFalse();
        Places.MayStartWith("York").Should().BeFalse();
    }

    /// <summary>
    /// The growing match equals the plain definition: the longest candidate, tried from the longest
    /// down, whose joined tokens are a phrase that fits its case rule.
    /// </summary>
    [Fact]
    public void TryMatch_EqualsLongestFirstSearch()
    {
        string[] words = ["a", "b", "B", "c", "a-b", ",", "\n\n", "cc"];
        Gen<string> phrase = Gen.Int[0, 4].Array[1, 4].Select(ix => string.Join(' ', ix.Select(i => words[i])));
        Gen<string> text = Gen.Int[0, words.Length - 1].Array[0, 12].Select(ix => string.Join(' ', ix.Select(i => words[i])));
        Gen.Select(phrase.Array[1, 6], text).Sample((phrases, sample) =>
        {
            PhraseTable<string> table = PhraseTable<string>.Build(phrases.Select(p => (p, p)));
            Token[] tokens = Tokenizer.Tokenize(sample);
            for (int i = 0; i < tokens.Length; i++)
            {
                for (int limit = i; limit <= tokens.Length; limit++)
                {
                    bool found = table.TryMatch(sample, tokens, i, limit, out string value, out int count);
                    (bool Found, string? Value, int Count) expected = LongestFirst(table, sample, tokens, i, limit);
                    (found, found ? value : null, count).Should().Be(expected);
                }
            }
        }, iter: 400);
    }

    private static (bool, string?, int) LongestFirst(PhraseTable<string> table, string text, Token[] tokens, int index, int limit)
    {
        int reach = index + 1;
        limit = Math.Min(Math.Min(limit, tokens.Length), index + table.MaxTokens);
        while (reach < limit && text[tokens[reach - 1].End..tokens[reach].Start].Count(c => c == '\n') < 2)
        {
            reach++;
        }

        for (int end = reach; end > index; end--)
        {
            string candidate = string.Join(' ', tokens[index..end].Select(t => text.Substring(t.Start, t.Length)));
            if (table.TryLookup(candidate, out string value))
            {
                return (true, value, end - index);
            }
        }

        return (false, null, 0);
    }
}
