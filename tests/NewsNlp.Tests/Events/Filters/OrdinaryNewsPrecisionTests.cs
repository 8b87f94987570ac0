using NewsNlp.Events;
using NewsNlp.Events.Filters;

namespace NewsNlp.Tests.Events.Filters;

/// <summary>
/// Filters against the false events of ordinary news (issue #15): talks put off or only announced, a meeting named only to date a
/// remark, a leader meeting his own envoy, troops in a labour dispute, and labour or ownership talks. Invented sentences.
/// </summary>
public sealed class OrdinaryNewsPrecisionTests
{
    private static (NewsNlp.Text.Document Document, TriggerMatch Match) Trigger(string text, string triggerWord, int sentenceIndex = 0) =>
        EventFacts.Trigger(text, triggerWord, sentenceIndex: sentenceIndex);

    [Theory]
    // Talks as the subject of "be" and a participle of planning or putting off were not held.
    [InlineData("Talks between Norway and Chile on fishing were announced for next month, officials said.", "Talks", true)]
    [InlineData("The fishing talks between Norway and Chile have been postponed.", "talks", true)]
    [InlineData("The meeting of the two foreign ministers was again delayed.", "meeting", true)]
    [InlineData("Fishing talks between Norway and Chile are scheduled in Oslo.", "talks", true)]
    // Held talks, or a state of the talks, stay.
    [InlineData("Fishing talks between Norway and Chile were held in Oslo on Monday.", "talks", false)]
    [InlineData("Fishing talks between Norway and Chile were difficult, officials said.", "talks", false)]
    // A participle of the talks' own ("talks held in Oslo") tells talks already held, whatever follows.
    [InlineData("The talks held in Oslo were postponed after one day.", "talks", false)]
    // A clause boundary ends the search.
    [InlineData("Norway held talks with Chile, and a second round was scheduled for June.", "talks", false)]
    public void IsFuture_PlannedPredicate_Decides(string text, string trigger, bool expected)
    {
        var (document, match) = Trigger(text, trigger);
        FutureClause.IsFuture(document, document.Sentences[0], match).Should().Be(expected);
    }

    [Theory]
    // A bare meeting or accord named only to date something else.
    [InlineData("The krone has barely moved against the peso since the meeting.", "meeting", true)]
    [InlineData("Prices have held steady since that accord.", "accord", true)]
    [InlineData("Trade has grown since the talks.", "talks", true)]
    // Its parties or date tell a background act, which stays.
    [InlineData("The ministers will gather for the first time since their February talks in Lima.", "talks", false)]
    [InlineData("Prices have held steady since the February Oslo accord.", "accord", false)]
    // "had since met" is the adverb before a verb: a background act with its parties.
    [InlineData("He had since met the Chilean president twice.", "met", false)]
    // A pronoun subject: "since they met" tells the meeting itself.
    [InlineData("Relations improved since they met in Lima.", "met", false)]
    // No "since": the meeting stays.
    [InlineData("The two ministers held a meeting in Lima on Monday.", "meeting", false)]
    public void IsAnchor_Sentence_Decides(string text, string trigger, bool expected)
    {
        var (document, match) = Trigger(text, trigger);
        TimeAnchor.IsAnchor(document, document.Sentences[0], match).Should().Be(expected);
    }

    [Theory]
    // A leader meeting his own envoy: one government, whatever the posting.
    [InlineData("The Norwegian premier met his ambassador to Santiago on Monday.", "met", true)]
    [InlineData("The Norwegian premier met his own ambassador to Santiago on Monday to discuss the fishing dispute with Chile.", "discuss", true)]
    [InlineData("The Norwegian premier held talks with their envoys in Oslo.", "talks", true)]
    // Another state's envoy is a partner.
    [InlineData("The Norwegian premier met the Chilean ambassador on Monday.", "met", false)]
    // A clause boundary ends the look-back.
    [InlineData("He recalled his ambassador to Santiago, and the premier later met Chilean officials.", "met", false)]
    public void IsNonPartyAct_OwnEnvoy_Decides(string text, string trigger, bool expected)
    {
        var (document, match) = Trigger(text, trigger);
        PartyFilter.IsNonPartyAct(document, document.Sentences[0], match, ActorIndex.Build(document, EventFacts.For(text))).Should().Be(expected);
    }

    [Theory]
    // Labour bargaining and company ownership: the parties are unions, employers and firms.
    [InlineData("The carmaker and the union resumed talks on a new labor contract.", "talks", true)]
    [InlineData("Norway opened talks on a stake in the national airline.", "talks", true)]
    // Talks between states on trade stay.
    [InlineData("Norway held talks with Chile on fishing quotas.", "talks", false)]
    public void IsNonPartyAct_LabourAndOwnership_Decides(string text, string trigger, bool expected)
    {
        var (document, match) = Trigger(text, trigger);
        PartyFilter.IsNonPartyAct(document, document.Sentences[0], match, ActorIndex.Build(document, EventFacts.For(text))).Should().Be(expected);
    }

    [Theory]
    // Troops pulled out or sent in an article about a labour strike, with a labour word in their sentence: domestic.
    [InlineData("Dock workers stayed on strike for a second week. The army withdrew troops from the ports after striking workers agreed to return.", 1, true)]
    [InlineData("Dock workers stayed on strike for a second week. Soldiers were deployed at the ports to replace the strikers.", 1, true)]
    // No labour word in the sentence: the withdrawal stays.
    [InlineData("Dock workers stayed on strike for a second week. The army withdrew troops from the border on Monday.", 1, false)]
    // No labour strike in the article.
    [InlineData("The army withdrew troops from the border after workers finished the new road.", 0, false)]
    public void IsStrikeDuty_Article_Decides(string text, int sentenceIndex, bool expected)
    {
        var document = EventFacts.Document(text);
        var sentence = document.Sentences[sentenceIndex];
        var found = new List<TriggerMatch>();
        TriggerLexicon.Default.Find(document, sentence, found);
        TriggerMatch act = found.First(m => m.Type is EventTaxonomy.Deescalation or EventTaxonomy.Mobilization);

        LabourStrikes.IsStrikeDuty(document, sentence, act).Should().Be(expected);
    }
}
