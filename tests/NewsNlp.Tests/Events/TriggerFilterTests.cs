using NewsNlp.Events;
using NewsNlp.Events.Filters;

namespace NewsNlp.Tests.Events;

public sealed class TriggerFilterTests
{
    private static (bool Irrealis, bool OtherSense) Check(string text, string triggerWord)
    {
        var document = EventFacts.Document(text);
        var sentence = document.Sentences[0];
        var found = new List<TriggerMatch>();
        TriggerLexicon.Default.Find(document, sentence, found);
        TriggerMatch match = found.First(m => text[document.Tokens[m.FirstToken].Start..].StartsWith(triggerWord, StringComparison.Ordinal));
        return (IrrealisFilter.IsIrrealis(document, sentence, match), SenseFilter.IsOtherSense(document, sentence, match));
    }

    [Theory]
    // A modal makes a prediction.
    [InlineData("Analysts said Iran could attack again.", "attack", true)]
    // A denial.
    [InlineData("Iran denied attacking the ship.", "attacking", true)]
    // A plan not carried out.
    [InlineData("Turkey plans to deploy troops.", "deploy", true)]
    // A habit, not an event.
    [InlineData("The two neighbours often accuse each other.", "accuse", true)]
    // A noun trigger as subject of a modal.
    [InlineData("A direct attack on Kuwait would be a serious escalation.", "attack", true)]
    // A plain past-tense report.
    [InlineData("Iran attacked the ship on Monday.", "attacked", false)]
    // A threat keeps its modal.
    [InlineData("Iraq warned it would strike back.", "warned", false)]
    public void IsIrrealis_Sentence_Decides(string text, string trigger, bool expected)
    {
        Check(text, trigger).Irrealis.Should().Be(expected);
    }

    [Theory]
    // Labour strike.
    [InlineData("Dock workers began a strike on Monday.", "strike", true)]
    // Medical sense.
    [InlineData("The minister died of a heart attack.", "attack", true)]
    // Business sense of "struck".
    [InlineData("The firms struck a deal.", "struck", true)]
    // Military sense.
    [InlineData("Jets struck the airfield at dawn.", "struck", false)]
    public void IsOtherSense_Sentence_Decides(string text, string trigger, bool expected)
    {
        Check(text, trigger).OtherSense.Should().Be(expected);
    }
}
