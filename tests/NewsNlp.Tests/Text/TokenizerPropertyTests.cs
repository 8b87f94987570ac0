using CsCheck;
using NewsNlp.Text;

namespace NewsNlp.Tests.Text;

public sealed class TokenizerPropertyTests
{
    /// <summary>Characters news scrapes throw at us: letters, digits, punctuation, quotes, dashes, surrogates, controls.</summary>
    private static readonly Gen<string> Messy = Gen.OneOf(
        Gen.String,
        Gen.String[Gen.Char["aZ .,'’“”-–—•\n\r\t0123456789:%@/\u0000\u200B\uD83D\uDE00\uD800"], 0, 200]);

    [Fact]
    public void Tokenize_ArbitraryText_TokensInsideInOrderWithoutOverlap()
    {
        Messy.Sample(text =>
        {
            Token[] tokens = Tokenizer.Tokenize(text);
            int previousEnd = 0;
            foreach (Token t in tokens)
            {
                t.Length.Should().BePositive();
                t.Start.Should().BeGreaterThanOrEqualTo(previousEnd);
                t.End.Should().BeLessThanOrEqualTo(text.Length);
                previousEnd = t.End;
            }
        }, iter: 2000);
    }

    [Fact]
    public void Split_ArbitraryText_SentencesCoverEveryTokenInOrder()
    {
        Messy.Sample(text =>
        {
            Token[] tokens = Tokenizer.Tokenize(text);
            Sentence[] sentences = SentenceSplitter.Split(text, tokens);
            int next = 0;
            foreach (Sentence s in sentences)
            {
                s.FirstToken.Should().Be(next);
                s.TokenCount.Should().BePositive();
                next = s.EndToken;
            }

            next.Should().Be(tokens.Length);
        }, iter: 2000);
    }
}
