using NewsNlp.Text;

namespace NewsNlp.Tests.Text;

public sealed class BoilerplateTests
{
    [Fact]
    public void Analyze_ModelArticle_MarksRepeatedHeadlineAndLinkLines()
    {
        const string text = "Pakistan and Iran agree on de escalation\n\nPakistan and Iran agree on de-escalation\n\nThey said so.\n\n• Also read: Pakistan attacks “terrorist hideouts” in Iran\n\nMore text.";
        var document = Document.Analyze(text, new ArticleContext());
        document.Sentences.Select(s => s.Kind).Should().Equal(
            SentenceKind.Headline, SentenceKind.Boilerplate, SentenceKind.Prose, SentenceKind.Boilerplate, SentenceKind.Prose);
        document.Title.Should().Be("Pakistan and Iran agree on de escalation");
    }
}
