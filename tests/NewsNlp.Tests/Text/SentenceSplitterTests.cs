using NewsNlp.Text;

namespace NewsNlp.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static Sentence[] SplitSentences(string text) => SentenceSplitter.Split(text, Tokenizer.Tokenize(text));

    /// <summary>Asserts the sentences' texts and that each starts where its text first occurs after the previous one.</summary>
    private static void AssertSentences(string text, string expected)
    {
        Sentence[] sentences = SplitSentences(text);
        string.Join("|", sentences.Select(s => text[s.Start..s.End])).Should().Be(expected);
        int from = 0;
        string[] pieces = expected.Split('|');
        for (int k = 0; k < pieces.Length; k++)
        {
            int start = text.IndexOf(pieces[k], from, StringComparison.Ordinal);
            sentences[k].Start.Should().Be(start, "sentence {0} starts where its text first occurs", k);
            sentences[k].End.Should().Be(start + pieces[k].Length);
            from = start + pieces[k].Length;
        }
    }

    [Theory]
    // Two plain sentences.
    [InlineData("Iran fired missiles. Pakistan responded.", "Iran fired missiles.|Pakistan responded.")]
    // Titles do not end sentences.
    [InlineData("Mr. Jilani spoke. He left.", "Mr. Jilani spoke.|He left.")]
    [InlineData("Lt. Gen. Okafor-Mensah was named. Gen. Adeyemi retired.", "Lt. Gen. Okafor-Mensah was named.|Gen. Adeyemi retired.")]
    // A closing curly quote after the stop stays with the sentence.
    [InlineData("They had “agreed to de-escalate the situation.” Iran said so.", "They had “agreed to de-escalate the situation.”|Iran said so.")]
    // A closing straight quote after the stop stays too; an opening one starts the next sentence.
    [InlineData("He said \"calm.\" \"We agree,\" she said.", "He said \"calm.\"|\"We agree,\" she said.")]
    // A closing bracket after the stop stays with the sentence.
    [InlineData("(The figure was not verified.) Officials declined.", "(The figure was not verified.)|Officials declined.")]
    // Initials do not end sentences.
    [InlineData("John F. Kennedy was shot. Oswald fled.", "John F. Kennedy was shot.|Oswald fled.")]
    // A capital letter with a stop before a sentence starter does end one.
    [InlineData("They chose Plan B. The talks resumed.", "They chose Plan B.|The talks resumed.")]
    // An acronym followed by a sentence starter ends the sentence.
    [InlineData("He flew to the U.S. The talks began.", "He flew to the U.S.|The talks began.")]
    // A closing quote after an acronym's stop ends the sentence.
    [InlineData("He said “it came from the U.S.” Iran denied it.", "He said “it came from the U.S.”|Iran denied it.")]
    // An acronym inside a sentence does not.
    [InlineData("The U.S. Embassy was hit.", "The U.S. Embassy was hit.")]
    // Wire copy: "U.S." before a capitalised noun stays inside.
    [InlineData("It retaliated for U.S. Attacks on Iranian platforms.", "It retaliated for U.S. Attacks on Iranian platforms.")]
    // a.m. before a sentence starter ends the sentence; before a number it does not.
    [InlineData("The quake hit at 4:12 a.m. No damage was reported.", "The quake hit at 4:12 a.m.|No damage was reported.")]
    [InlineData("It began at 10 a.m. and ended at noon.", "It began at 10 a.m. and ended at noon.")]
    // Month abbreviations before a day number do not end sentences.
    [InlineData("On Jan. 19 they met.", "On Jan. 19 they met.")]
    // A company suffix before a pronoun ends the sentence.
    [InlineData("He works for Harbor Fuels Ltd. He declined to comment.", "He works for Harbor Fuels Ltd.|He declined to comment.")]
    // "No." before a number is not a full stop.
    [InlineData("He lives at No. 10 Downing Street. It is old.", "He lives at No. 10 Downing Street.|It is old.")]
    // A headline without a full stop is its own sentence; blank lines are hard boundaries.
    [InlineData("Pakistan and Iran agree\n\nPakistan and Iran said on Friday.", "Pakistan and Iran agree|Pakistan and Iran said on Friday.")]
    // An ALL-CAPS wire headline.
    [InlineData("EXPLOSION AT FUEL DEPOT INJURES 9, POLICE SAY\n\nAn explosion injured nine.", "EXPLOSION AT FUEL DEPOT INJURES 9, POLICE SAY|An explosion injured nine.")]
    // A heading line inside the body.
    [InlineData("They would seek calm.\n\nCalmed rhetoric\n\nThis calm rhetoric fits.", "They would seek calm.|Calmed rhetoric|This calm rhetoric fits.")]
    // A blank line ends a sentence even without punctuation and even before a lowercase word.
    [InlineData("Talks continue\n\nand more are planned.", "Talks continue|and more are planned.")]
    // A Reuters dateline stays inside the first sentence.
    [InlineData("BAHRAIN, March 5 - Iranian troops advanced on Tuesday. Iraq denied it.", "BAHRAIN, March 5 - Iranian troops advanced on Tuesday.|Iraq denied it.")]
    // A dateline with an agency tag and an em dash.
    [InlineData("GENEVA, Nov. 17 (Newswire) — Ministers met. They shook hands.", "GENEVA, Nov. 17 (Newswire) — Ministers met.|They shook hands.")]
    // Bullet lines are separate sentences.
    [InlineData("• Also read: one\n• Also read: two", "• Also read: one|• Also read: two")]
    // Dash list items on their own lines.
    [InlineData("Key points:\n- Troops withdrew\n- Envoys returned", "Key points:|- Troops withdrew|- Envoys returned")]
    // A line wrapped before a lowercase word continues the sentence.
    [InlineData("The ministers agreed to\nde-escalate the situation.", "The ministers agreed to\nde-escalate the situation.")]
    // A line wrapped after a comma continues the sentence.
    [InlineData("Pakistan, Iran,\nAfghanistan and China met.", "Pakistan, Iran,\nAfghanistan and China met.")]
    // A question inside a quote followed by a lowercase verb does not end the sentence.
    [InlineData("“Why now?” he asked. Nobody knew.", "“Why now?” he asked.|Nobody knew.")]
    // Exclamation and question marks end sentences.
    [InlineData("Enough! Will they talk? Maybe.", "Enough!|Will they talk?|Maybe.")]
    // An ellipsis before a capital ends the sentence; before a lowercase word it does not.
    [InlineData("I thought… It was happening again.", "I thought…|It was happening again.")]
    [InlineData("I thought... maybe not.", "I thought... maybe not.")]
    // A number may start a sentence.
    [InlineData("It ended in 2023. 15 people died.", "It ended in 2023.|15 people died.")]
    // A decimal number is not a full stop.
    [InlineData("Trade fell 3.5 percent. Exports rose.", "Trade fell 3.5 percent.|Exports rose.")]
    // A URL's dots are not full stops.
    [InlineData("See www.example.org for more. Thanks.", "See www.example.org for more.|Thanks.")]
    // A stop glued to the next word is a ticker or name, not a boundary.
    [InlineData("Volkswagen AG (VOWG.F) may sell. It said so.", "Volkswagen AG (VOWG.F) may sell.|It said so.")]
    // Text ending without punctuation is a last sentence.
    [InlineData("They met. Talks continue", "They met.|Talks continue")]
    public void Split_NewsText_FindsSentencesAtOffsets(string text, string expected)
    {
        AssertSentences(text, expected);
    }

    [Theory]
    // The first line without punctuation is the headline; a later short one a heading.
    [InlineData("Pakistan and Iran agree\n\nThey met.\n\nCalmed rhetoric\n\nIt fits.", "Headline,Prose,Heading,Prose")]
    // A first line with a full stop is prose, not a headline.
    [InlineData("Iran fired missiles.\n\nPakistan responded.", "Prose,Prose")]
    // A bullet line ending with "p.m." is prose, not a heading.
    [InlineData("Headline here\n\n• Polls stayed open until 9 p.m.\n• Observers saw no fraud.", "Headline,Prose,Prose")]
    public void Split_Lines_HaveKinds(string text, string kinds)
    {
        string.Join(",", SplitSentences(text).Select(s => s.Kind.ToString())).Should().Be(kinds);
    }

    [Fact]
    public void Split_BlankLines_StartNewParagraphs()
    {
        const string text = "One. Two.\n\nThree.\r\n\r\nFour.\nFive.";
        SplitSentences(text).Select(s => s.Paragraph).Should().Equal(0, 0, 1, 2, 2);
    }

    [Fact]
    public void Split_TokenRanges_MatchOffsets()
    {
        const string text = "Mr. Jilani spoke. He left.";
        Token[] tokens = Tokenizer.Tokenize(text);
        Sentence[] sentences = SentenceSplitter.Split(text, tokens);
        sentences.Select(s => (s.FirstToken, s.TokenCount)).Should().Equal((0, 4), (4, 3));
        sentences.Select(s => (s.Start, s.End)).Should().Equal((0, 17), (18, 26));
    }

    [Fact]
    public void Split_Empty_ReturnsNothing()
    {
        SplitSentences("").Should().BeEmpty();
        SplitSentences(" \n\n\t ").Should().BeEmpty();
    }
}
