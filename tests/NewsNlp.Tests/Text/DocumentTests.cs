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
}
