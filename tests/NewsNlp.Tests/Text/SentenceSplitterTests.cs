using NewsNlp.Text;

namespace NewsNlp.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Split(string text)
    {
        Token[] tokens = Tokenizer.Tokenize(text);
        return SentenceSplitter.Split(text, tokens).Select(s => text[s.Start..s.End]).ToArray();
    }

    [Theory]
    // Titles do not end sentences.
    [InlineData("Mr. Jilani spoke. He left.", "Mr. Jilani spoke.|He left.")]
    // A closing curly quote after the stop stays with the sentence.
    [InlineData("They had “agreed to de-escalate the situation.” Iran said so.", "They had “agreed to de-escalate the situation.”|Iran said so.")]
    // Initials do not end sentences.
    [InlineData("John F. Kennedy was shot. Oswald fled.", "John F. Kennedy was shot.|Oswald fled.")]
    // An acronym followed by a sentence starter ends the sentence.
    [InlineData("He flew to the U.S. The talks began.", "He flew to the U.S.|The talks began.")]
    // An acronym inside a sentence does not.
    [InlineData("The U.S. Embassy was hit.", "The U.S. Embassy was hit.")]
    // A headline without a full stop is its own sentence; blank lines are hard boundaries.
    [InlineData("Pakistan and Iran agree\n\nPakistan and Iran said on Friday.", "Pakistan and Iran agree|Pakistan and Iran said on Friday.")]
    // A heading line inside the body.
    [InlineData("They would seek calm.\n\nCalmed rhetoric\n\nThis calm rhetoric fits.", "They would seek calm.|Calmed rhetoric|This calm rhetoric fits.")]
    // Bullet lines are separate sentences.
    [InlineData("• Also read: one\n• Also read: two", "• Also read: one|• Also read: two")]
    // A question inside a quote followed by a lowercase verb does not end the sentence.
    [InlineData("“Why now?” he asked. Nobody knew.", "“Why now?” he asked.|Nobody knew.")]
    // Month abbreviations before a day number do not end sentences.
    [InlineData("On Jan. 19 they met.", "On Jan. 19 they met.")]
    public void Split_NewsText_FindsSentences(string text, string expected)
    {
        string.Join("|", Split(text)).Should().Be(expected);
    }

    [Fact]
    public void Split_BlankLines_StartNewParagraphs()
    {
        const string text = "One. Two.\n\nThree.";
        Token[] tokens = Tokenizer.Tokenize(text);
        SentenceSplitter.Split(text, tokens).Select(s => s.Paragraph).Should().Equal(0, 0, 1);
    }
}
