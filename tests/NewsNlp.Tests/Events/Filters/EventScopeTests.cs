using NewsNlp.Events;
using NewsNlp.Events.Filters;

namespace NewsNlp.Tests.Events.Filters;

public sealed class EventScopeTests
{
    private static float Probability(string text, string triggerWord)
    {
        var document = EventFacts.Document(text);
        var sentence = document.Sentences[0];
        var found = new List<TriggerMatch>();
        TriggerLexicon.Default.Find(document, sentence, found);
        TriggerMatch match = found.First(m => text[document.Tokens[m.FirstToken].Start..].StartsWith(triggerWord, StringComparison.Ordinal));
        return EventScope.Probability(EventScope.Default, document, sentence, match);
    }

    [Theory]
    // Talks held, and the same talks planned or proposed: the model ranks the act that happened higher.
    [InlineData("Japan held talks with China in Tokyo on Monday.", "Japan proposed to hold talks with China in Tokyo next week.", "talks")]
    // A deal signed, and a deal hoped for.
    [InlineData("Iran and Turkey signed an agreement on Monday.", "Iran and Turkey hope to sign an agreement.", "sign")]
    // A ceasefire declared, and a ceasefire rejected.
    [InlineData("The rebels declared a ceasefire on Sunday.", "The government rejected a proposal for a ceasefire.", "ceasefire")]
    public void Probability_AssertedAct_AboveUnrealisedAct(string asserted, string unrealised, string trigger)
    {
        Probability(asserted, trigger).Should().BeGreaterThan(Probability(unrealised, trigger));
    }

    [Fact]
    public void Reach_IsTheWindowTrainingReads()
    {
        NewsNlp.Training.Events.ScopeWindows.Reach.Should().Be(EventScope.Reach);
    }
}
