using NewsNlp.Text;

namespace NewsNlp.Tests.Text;

public sealed class DocumentTests
{
    [Theory]
    // A wire headline in capitals, with an abbreviation and a clitic.
    [InlineData("IRAN'S NAVY SAYS U.S. ATTACKED PLATFORMS", true)]
    // Numbers and punctuation do not count against capitals.
    [InlineData("FLOODS KILL 14, 3,500 DISPLACED", true)]
    // Ordinary prose.
    [InlineData("Iran's navy says the U.S. attacked platforms.", false)]
    // Acronyms inside prose.
    [InlineData("The UN and NATO met.", false)]
    // One capitalised word is not a shouted line.
    [InlineData("BREAKING", false)]
    public void IsAllCaps_Sentence_DetectsWireCapitals(string text, bool expected)
    {
        var document = Document.Analyze(text, new ArticleContext());
        document.IsAllCaps(document.Sentences[0]).Should().Be(expected);
    }

    [Fact]
    public void Analyze_Text_KeepsTheCallersString()
    {
        const string text = "Pakistan and Iran agree\n\nThey met on Friday.";
        var document = Document.Analyze(text, new ArticleContext { Published = new DateOnly(2024, 1, 19) });
        document.Text.Should().BeSameAs(text);
        document.Title.Should().Be("Pakistan and Iran agree");
        document.Published.Should().Be(new DateOnly(2024, 1, 19));
        document.SentenceOfToken(document.Tokens.Length - 1).Should().Be(1);
        document.SentenceAt(text.IndexOf("Friday", StringComparison.Ordinal)).Should().Be(1);
    }

    [Theory]
    // A country named twice: the second mention gets the first one's string.
    [InlineData("Iran struck Pakistan, and Iran said it was retaliating.", "Iran", "Iran")]
    // A surname repeated after the full name.
    [InlineData("Jalil Abbas Jilani met Amir-Abdollahian; Jilani later said talks went well.", "Jilani", "Jilani")]
    // Case differs: "Iran" and "IRAN" are different texts and must stay apart.
    [InlineData("Iran denied it. IRAN TV showed the site.", "Iran", "IRAN")]
    public void Substring_RepeatedText_ReturnsTheCharactersAtEachOffset(string text, string first, string second)
    {
        var document = Document.Analyze(text, new ArticleContext());
        int a = text.IndexOf(first, StringComparison.Ordinal);
        int b = text.IndexOf(second, a + first.Length, StringComparison.Ordinal);

        string x = document.Substring(a, a + first.Length);
        string y = document.Substring(b, b + second.Length);

        x.Should().Be(first);
        y.Should().Be(second);
        if (first == second)
        {
            y.Should().BeSameAs(x, "a repeated short text is one string per document");
        }
    }

    [Fact]
    public void Substring_ManyDistinctTexts_EveryCallReturnsItsOwnCharacters()
    {
        // More distinct words than cache slots, so slots collide and are replaced: never a wrong string.
        string text = string.Join(' ', Enumerable.Range(0, 500).Select(i => "word" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var document = Document.Analyze(text, new ArticleContext());
        for (int pass = 0; pass < 2; pass++)
        {
            foreach (Token token in document.Tokens)
            {
                document.Substring(token.Start, token.End).Should().Be(text[token.Start..token.End]);
            }
        }
    }

    [Fact]
    public void Substring_LongText_ReturnsTheCharacters()
    {
        const string text = "The Organisation for the Prohibition of Chemical Weapons said so.";
        var document = Document.Analyze(text, new ArticleContext());
        document.Substring(4, 56).Should().Be(text[4..56]);
        document.Substring(0, 0).Should().BeEmpty();
    }
}
