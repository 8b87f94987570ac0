using CsCheck;
using NewsNlp.Text;

namespace NewsNlp.Tests.Text;

public sealed class TokenizerPropertyTests
{
    /// <summary>Shapes the tokenizer treats specially, glued together in random orders and repeats.</summary>
    private static readonly string[] Pieces =
    [
        "U.S.", "Mr.", "Jan.", "a.m.", "No.", "10:30", "1,200", "3.5", "8th", "50%", "2024-01-19", "www.x.com", "https://a.org/b",
        "j.doe@afp.com", "Iran’s", "didn't", "Amir-Abdollahian", "…", "...", "—", "•", "\n\n", "\n", " ", "“", "”", "\"", ".", "?", "-", "*",
    ];

    /// <summary>Characters news scrapes throw at us: letters, digits, punctuation, quotes, dashes, surrogates, controls.</summary>
    private static readonly Gen<string> Messy = Gen.OneOf(
        Gen.String,
        Gen.String[Gen.Char["aZ .,'’“”-–—•\n\r\t0123456789:%@/\u0000\u200B\uD83D\uDE00\uD800"], 0, 200],
        Gen.String[Gen.Char["aAhHwWsStT.:/@-'’ 0129%\n"], 0, 120],
        Gen.Select(Gen.Int[0, Pieces.Length - 1], Gen.Int[1, 3]).Array[0, 60]
            .Select(parts => string.Concat(parts.Select(p => string.Concat(Enumerable.Repeat(Pieces[p.Item1], p.Item2))))));

    private static bool IsSkippable(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';

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
    public void Tokenize_ArbitraryText_EveryVisibleCharacterIsInAToken()
    {
        Messy.Sample(text =>
        {
            Token[] tokens = Tokenizer.Tokenize(text);
            var covered = new bool[text.Length];
            foreach (Token t in tokens)
            {
                Array.Fill(covered, true, t.Start, t.Length);
            }

            for (int i = 0; i < text.Length; i++)
            {
                (covered[i] || IsSkippable(text[i])).Should().BeTrue("character {0} (U+{1:X4}) is visible and must be in a token", i, (int)text[i]);
            }
        }, iter: 2000);
    }

    [Fact]
    public void Tokenize_ArbitraryText_BufferAndArrayOverloadsAgree()
    {
        Messy.Sample(text =>
        {
            // Sample runs on several threads: each iteration gets its own small buffer, so growth is exercised too.
            var buffer = new TokenBuffer(4);
            var list = new List<Token>();
            Tokenizer.Tokenize(text, buffer);
            Tokenizer.Tokenize(text, list);
            Tokenizer.Tokenize(text).Should().Equal(buffer.Tokens.ToArray()).And.Equal(list);
        }, iter: 500);
    }

    [Fact]
    public void Split_ArbitraryText_SentencesCoverEveryTokenInOrder()
    {
        Messy.Sample(text =>
        {
            Token[] tokens = Tokenizer.Tokenize(text);
            Sentence[] sentences = SentenceSplitter.Split(text, tokens);
            int next = 0;
            int paragraph = 0;
            foreach (Sentence s in sentences)
            {
                s.FirstToken.Should().Be(next);
                s.TokenCount.Should().BePositive();
                s.Start.Should().Be(tokens[s.FirstToken].Start);
                s.End.Should().Be(tokens[s.EndToken - 1].End);
                s.Paragraph.Should().BeGreaterThanOrEqualTo(paragraph);
                paragraph = s.Paragraph;
                next = s.EndToken;
            }

            next.Should().Be(tokens.Length);
        }, iter: 2000);
    }

    [Fact]
    public void Analyze_ArbitraryText_NeverThrowsAndKeepsText()
    {
        Messy.Sample(text =>
        {
            Document document = Document.Analyze(text, new ArticleContext());
            document.Text.Should().BeSameAs(text);
            document.Sentences.Sum(s => s.TokenCount).Should().Be(document.Tokens.Length);
        }, iter: 1000);
    }
}
