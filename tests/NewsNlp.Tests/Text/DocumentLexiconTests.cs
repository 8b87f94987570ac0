using NewsNlp.Events;
using NewsNlp.Text;

namespace NewsNlp.Tests.Text;

public sealed class DocumentLexiconTests
{
    [Theory]
    // "border" is token 5 of "Troops were sent to the border ."; the range is half-open.
    [InlineData(0, 7, true)]
    [InlineData(5, 6, true)]
    [InlineData(0, 5, false)]
    [InlineData(6, 7, false)]
    // A range starting before the first token is read from token 0; an empty range has no word.
    [InlineData(-3, 6, true)]
    [InlineData(5, 5, false)]
    public void HasWordOf_Range_FindsAWordOfTheClassInsideItOnly(int from, int end, bool expected)
    {
        var document = Document.Analyze("Troops were sent to the border.", new ArticleContext());
        document.Span(document.Tokens[5]).ToString().Should().Be("border");
        document.HasWordOf(from, end, EventWords.BorderNouns).Should().Be(expected);
    }
}
