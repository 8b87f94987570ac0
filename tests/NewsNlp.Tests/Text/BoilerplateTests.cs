using NewsNlp.Text;

namespace NewsNlp.Tests.Text;

public sealed class BoilerplateTests
{
    private static string Kinds(string text, string? title = null) =>
        string.Join(",", Document.Analyze(text, new ArticleContext { Title = title }).Sentences.Select(s => s.Kind.ToString()));

    [Fact]
    public void Analyze_ModelArticleShape_MarksRepeatedHeadlineAndLinkLines()
    {
        const string text = "Pakistan and Iran agree on de escalation\n\nPakistan and Iran agree on de-escalation\n\nThey said so.\n\n• Also read: Pakistan attacks “terrorist hideouts” in Iran\n\nMore text.";
        var document = Document.Analyze(text, new ArticleContext());
        document.Sentences.Select(s => s.Kind).Should().Equal(
            SentenceKind.Headline, SentenceKind.Boilerplate, SentenceKind.Prose, SentenceKind.Boilerplate, SentenceKind.Prose);
        document.Title.Should().Be("Pakistan and Iran agree on de escalation");
    }

    [Theory]
    // The context's title repeated as the first body line is boilerplate (case and punctuation ignored).
    [InlineData("FLOODS KILL 14 IN NORTH\n\nFloods kill 14 in north.\n\nRain fell.", "Floods kill 14 in north", "Headline,Boilerplate,Prose")]
    // The same words later in the body are content, not a repeated headline.
    [InlineData("Floods hit.\n\nRain fell.\n\nMore rain.\n\nStill raining.\n\nFloods hit.", "Floods hit", "Boilerplate,Prose,Prose,Prose,Prose")]
    // Link labels with a colon, after a bullet or not.
    [InlineData("Talks resumed.\n\nRead more: Iran strikes\n\n• Related: Border closed\n\nWATCH: Video", null, "Prose,Boilerplate,Boilerplate,Boilerplate")]
    // A label word without a colon opens ordinary prose.
    [InlineData("Talks resumed.\n\nRelated talks will follow in May.", null, "Prose,Prose")]
    // Wire credits and copyright lines.
    [InlineData("Talks resumed.\n\n(Reporting by Jane Doe; Editing by John Roe)\n\n© 2024 Newswire", null, "Prose,Boilerplate,Boilerplate")]
    // "Also read" inside a sentence is content.
    [InlineData("He said they should also read: the treaty.", null, "Prose")]
    public void Analyze_Lines_MarkedAsBoilerplate(string text, string? title, string kinds)
    {
        Kinds(text, title).Should().Be(kinds);
    }
}
