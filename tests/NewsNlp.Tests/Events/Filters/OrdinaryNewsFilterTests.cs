using System.Collections.Immutable;
using NewsNlp.Events;
using NewsNlp.Events.Filters;
using NewsNlp.Extraction.Dates;

namespace NewsNlp.Tests.Events.Filters;

/// <summary>
/// Filters for ordinary news: planned talks near a date after publication, other senses of a bare
/// "strike", and appeals or warnings addressed to a government's own legislature. Invented sentences.
/// </summary>
public sealed class OrdinaryNewsFilterTests
{
    private static readonly DateOnly Published = new(1987, 3, 9);

    private static (NewsNlp.Text.Document Document, TriggerMatch Match) Trigger(string text, string triggerWord) =>
        EventFacts.Trigger(text, triggerWord, Published);

    [Theory]
    // A month after publication, in the talks' clause: planned.
    [InlineData("The minister would fly to Tokyo next month for talks with Japan.", "next month", "1987-04", "talks", true)]
    // A week after publication, before the trigger.
    [InlineData("A Greek delegation leaves next week for Ankara to negotiate with Turkey.", "next week", "1987-W12", "negotiate", true)]
    // A day well after publication.
    [InlineData("Officials of Iran and Turkey hold talks in Geneva on March 20.", "March 20", "1987-03-20", "talks", true)]
    // A past date: the talks were held.
    [InlineData("The minister flew to Tokyo last month for talks with Japan.", "last month", "1987-02", "talks", false)]
    // A weekend starting the day after publication is ahead (the dateline margin is for days only).
    [InlineData("Ministers of Iran and Turkey meet in Ankara this weekend for talks.", "this weekend", "1987-W11-WE", "talks", true)]
    // This week includes the publication day: not wholly ahead.
    [InlineData("Iran held talks with Turkey this week.", "this week", "1987-W11", "talks", false)]
    // The end of a term: an accord in force until a future year does not make the talks planned.
    [InlineData("Iran and Turkey held talks on the pact that runs until 1990.", "1990", "1990", "talks", false)]
    public void FutureDates_NearTalks_MakeThemPlanned(string text, string phrase, string value, string trigger, bool expected)
    {
        (var document, TriggerMatch match) = Trigger(text, trigger);
        int start = text.IndexOf(phrase, StringComparison.Ordinal);
        ImmutableArray<DateEntity> dates = [new DateEntity(start, start + phrase.Length, "date", value, null)];
        FutureDates.Of(document, dates).IsNear(document.Sentences[0], match).Should().Be(expected);
    }

    [Theory]
    [InlineData("1987-04-05", "1987-04-05")]
    [InlineData("1987-06", "1987-06-01")]
    [InlineData("1987-W12", "1987-03-16")]
    [InlineData("1987-W12-WE", "1987-03-21")]
    [InlineData("1987-Q3", "1987-07-01")]
    [InlineData("1987-H2", "1987-07-01")]
    [InlineData("1987-SU", "1987-06-01")]
    [InlineData("1988", "1988-01-01")]
    [InlineData("1987-04-05TNI", "1987-04-05")]
    [InlineData("P3M", null)]
    [InlineData("1989-WE", null)]
    [InlineData("1987-W", null)]
    [InlineData("1987-", null)]
    [InlineData("XXXX-03", null)]
    [InlineData("1987-13", null)]
    [InlineData(null, null)]
    public void EarliestDay_TimexValue_IsItsFirstDay(string? value, string? expected)
    {
        FutureDates.EarliestDay(value)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).Should().Be(expected);
        (FutureDates.EarliestDay(value) is null).Should().Be(expected is null);
    }

    [Theory]
    // A walkout: teachers, wages.
    [InlineData("Thousands of teachers in state schools launched a national strike over pay.", "strike", true)]
    [InlineData("The country was hit by a wave of strikes after a wages freeze.", "strikes", true)]
    // Finding oil, a quake, a deal struck.
    [InlineData("The state energy firm said it would drill again after striking oil offshore.", "striking", true)]
    [InlineData("Aid went to the province, which was struck by a flood last week.", "struck", true)]
    [InlineData("Bonn backed the currency accord, which was struck by the major democracies in Paris.", "struck", true)]
    // A walkout by its modifier alone; the adjective "striking".
    [InlineData("Ecuador was paralysed by a general strike on Wednesday.", "strike", true)]
    [InlineData("The country made striking gains in exports last year.", "striking", true)]
    // A two-word trigger ending in the noun reads the sentence's labour words too.
    [InlineData("University teachers launched a national strike over pay.", "launched", true)]
    [InlineData("Iranian gunboats launched a strike on the port.", "launched", false)]
    // Armed force in the sentence keeps the military sense, whoever else is named.
    [InlineData("Warplanes struck a union building, killing four workers.", "struck", false)]
    [InlineData("Iraqi aircraft carried out a strike on the oil terminal at Kharg.", "strike", false)]
    public void StrikeSense_Sentence_Decides(string text, string trigger, bool expected)
    {
        (var document, TriggerMatch match) = Trigger(text, trigger);
        StrikeSense.IsOtherSense(document, document.Sentences[0], match).Should().Be(expected);
    }

    [Theory]
    // A leader warns or urges his own legislature: domestic politics.
    [InlineData("President Reagan warned the U.S. Congress against passing the trade bill.", "warned", true)]
    [InlineData("He urged lawmakers to move cautiously on the textile bill.", "urged", true)]
    // Criticism coming from the opposition is domestic too.
    [InlineData("The prime minister faced criticism from opposition parties over the sales tax.", "criticism", true)]
    // A foreign legislature named with its country is a party.
    [InlineData("The United States urged the Iranian parliament to free the hostages.", "urged", false)]
    // Another country as the object.
    [InlineData("President Reagan warned Iran against attacking shipping in the Gulf.", "warned", false)]
    // Talks are left alone: a visitor's talks with congressional leaders are consultations.
    [InlineData("The Japanese minister held talks with congressional leaders in Washington.", "talks", false)]
    public void DomesticAddressee_Object_Decides(string text, string trigger, bool expected)
    {
        (var document, TriggerMatch match) = Trigger(text, trigger);
        DomesticAddressee.IsDomestic(document, document.Sentences[0], match, ActorIndex.Build(document, EventFacts.For(text))).Should().Be(expected);
    }

    [Theory]
    // A future auxiliary heads the talks' clause, further back than the five-word look-back.
    [InlineData("The two sides will then return to Geneva for detailed negotiations on the pact.", "negotiations", true)]
    [InlineData("Officials said the envoy would fly to Ankara on Monday for talks.", "talks", true)]
    // "is to", "due to" head the clause.
    [InlineData("The vice minister is to hold two days of meetings with U.S. officials.", "meetings", true)]
    [InlineData("The delegation was due to leave for Ottawa for trade talks.", "talks", true)]
    // A meeting noun as the subject of a modal.
    [InlineData("The weekend meeting of coffee producers in Managua will call for higher quotas.", "meeting", true)]
    [InlineData("Formal talks on the rescheduling of the debt should begin soon.", "talks", true)]
    // Past talks: no auxiliary in the clause, or a participle before the modal.
    [InlineData("The envoy flew to Ankara on Monday for talks with Turkish leaders.", "talks", false)]
    [InlineData("The talks held in Geneva last week will resume in April.", "talks", false)]
    // "will" as a noun, and an auxiliary in another clause.
    [InlineData("Both sides showed the will to hold talks on the border.", "talks", false)]
    [InlineData("Iran held talks with Turkey, and officials said they would meet again.", "talks", false)]
    public void FutureClause_Talks_AreAPlan(string text, string trigger, bool expected)
    {
        (var document, TriggerMatch match) = Trigger(text, trigger);
        FutureClause.IsFuture(document, document.Sentences[0], match).Should().Be(expected);
    }

    [Theory]
    // Things and trends threaten; nobody makes a threat.
    [InlineData("Locusts are threatening to destroy a third of the harvest in Chad.", "threatening", true)]
    [InlineData("Forest fires in Greece flared again, threatening villages near the border.", "threatening", true)]
    [InlineData("Japan offered concessions on two issues which threaten to sour relations with the United States.", "threaten", true)]
    // A party threatens, named between the thing and the trigger or as the subject.
    [InlineData("Over the border dispute Iran threatened to close the strait.", "threatened", false)]
    [InlineData("Iraq threatened to resume attacks on Iranian towns.", "threatened", false)]
    public void InanimateThreat_Subject_Decides(string text, string trigger, bool expected)
    {
        (var document, TriggerMatch match) = Trigger(text, trigger);
        InanimateThreat.IsInanimate(document, document.Sentences[0], match, ActorIndex.Build(document, EventFacts.For(text))).Should().Be(expected);
    }

    [Theory]
    // An addressed warning about the economy, with no conflict word: a forecast.
    [InlineData("The fund warned Japan that a rise in wages could undo its economic recovery.", true)]
    // A warning of a response is a threat, even about trade.
    [InlineData("The minister warned Japan that protectionist measures would bring a tough response.", false)]
    // A warning in a sentence about armed conflict stays.
    [InlineData("The minister warned Iran that attacks on shipping would hurt oil prices.", false)]
    public void ForecastWarning_AddressedEconomy_IsNoThreat(string text, bool expected)
    {
        (var document, TriggerMatch match) = Trigger(text, "warned");
        TopicFilter.IsForecastWarning(document, document.Sentences[0], match, ActorIndex.Build(document, EventFacts.For(text))).Should().Be(expected);
    }

    [Theory]
    // Talks, mediation and deals in a sentence that tells a walkout are labour relations.
    [InlineData("Negotiations resumed in the ten-day strike by the country's postal workers.", "Negotiations", true)]
    [InlineData("The government appointed a mediator to end the dockers' strike.", "mediator", true)]
    // A strike by armed forces keeps talks in scope.
    [InlineData("Talks resumed after the air strike killed four soldiers.", "Talks", false)]
    // Talks without a walkout.
    [InlineData("Japan held talks with Chinese officials on Monday.", "talks", false)]
    public void LabourDispute_TalksInAWalkout_AreOtherSense(string text, string trigger, bool expected)
    {
        (var document, TriggerMatch match) = Trigger(text, trigger);
        SenseFilter.IsOtherSense(document, document.Sentences[0], match).Should().Be(expected);
    }

    [Theory]
    // The reporter's adjective "alleged" is no accusation; a party alleging is.
    [InlineData("The tariffs answer Japan's alleged failure to keep the pact.", "alleged", true)]
    [InlineData("Sanctions were imposed for alleged violations of the accord.", "alleged", true)]
    [InlineData("Iran alleged that Iraqi jets had bombed the town.", "alleged", false)]
    // A readiness is no mobilization.
    [InlineData("The minister said Japan was ready to take appropriate measures.", "ready", true)]
    // "brokers" as a trade, not brokering.
    [InlineData("Demand for tankers was thin, ship brokers said.", "brokers", true)]
    public void WordSense_OtherPartOfSpeech_IsOtherSense(string text, string trigger, bool expected)
    {
        (var document, TriggerMatch match) = Trigger(text, trigger);
        SenseFilter.IsOtherSense(document, document.Sentences[0], match).Should().Be(expected);
    }

    [Theory]
    // Proposed or probable talks are not held.
    [InlineData("Mexico has yet to answer a Peruvian invitation for ministerial-level talks.", "talks", true)]
    [InlineData("Japan rejected the U.S. proposal to open negotiations on rice.", "negotiations", true)]
    [InlineData("Dealers watched for a probable meeting between the two finance ministers.", "meeting", true)]
    // A proposal discussed at a meeting held.
    [InlineData("Only two states supported this proposal at the meeting on Monday.", "meeting", false)]
    public void FutureClause_ProposedTalks_AreNotHeld(string text, string trigger, bool expected)
    {
        (var document, TriggerMatch match) = Trigger(text, trigger);
        FutureClause.IsFuture(document, document.Sentences[0], match).Should().Be(expected);
    }

    [Theory]
    // Duties and tariffs alone are trade-dispute measures, not sanctions on a state.
    [InlineData("The U.S. imposed 100 pct import duties on Japanese computers.", "imposed", true)]
    // Sanctions named: a downgrade.
    [InlineData("The U.S. imposed sanctions and tariffs on Libya.", "imposed", false)]
    public void TradeMeasure_DutiesAlone_AreNoDowngrade(string text, string trigger, bool expected)
    {
        var document = EventFacts.Document(text, Published);
        int token = 0;
        while (!text[document.Tokens[token].Start..].StartsWith(trigger, StringComparison.Ordinal))
        {
            token++;
        }

        var pattern = new TriggerPattern(EventTaxonomy.DiplomaticDowngrade, [], Weak: false, Mutual: false, "(classifier)");
        TopicFilter.IsTradeMeasure(document, document.Sentences[0], new TriggerMatch(pattern, token, token)).Should().Be(expected);
    }

    [Theory]
    // Meetings named in a sentence told by dealers or analysts are market commentary.
    [InlineData("Talks this week between the two leaders could take pressure off the dollar, dealers said.", "Talks", true)]
    [InlineData("Analysts said the meeting of finance ministers in Paris supported the yen.", "meeting", true)]
    // A conflict or relations word keeps the sentence; other speakers do not make commentary.
    [InlineData("Talks between Iran and Iraq on a ceasefire in the war eased fears, dealers said.", "Talks", false)]
    [InlineData("Talks this week between the two leaders went well, officials said.", "Talks", false)]
    public void MarketCommentary_DealersSaid_IsNoEvent(string text, string trigger, bool expected)
    {
        (var document, TriggerMatch match) = Trigger(text, trigger);
        TopicFilter.IsMarketCommentary(document, document.Sentences[0], match).Should().Be(expected);
    }

    [Theory]
    // A sale contract or an output quota: quantities of goods or output near the agreement (session 19).
    [InlineData("Chile had agreed to ship to Korea about four mln tonnes of copper ore next year.", "agreed", true)]
    [InlineData("Output will top the official 18 mln barrels per day ceiling agreed by the producers on Sunday.", "agreed", true)]
    [InlineData("The two governments agreed to raise production of the jointly owned smelter.", "agreed", true)]
    // A trade accord naming no volume stays, and so do an aid pledge and a ceiling on arms.
    [InlineData("The EC agreed a trade deal with Chile to make up for its lost markets.", "agreed", false)]
    [InlineData("Japan agreed to send 50,000 tonnes of food aid to Ethiopia.", "agreed", false)]
    [InlineData("The two sides agreed a ceiling on troops along the border.", "agreed", false)]
    // A volume far from the agreement is not what it sets.
    [InlineData("Chile and Peru agreed to cooperate on fisheries, officials said on the sidelines of a meeting on copper output.", "agreed", false)]
    public void VolumeAccord_SaleOrOutputQuota_IsNoEvent(string text, string trigger, bool expected)
    {
        (var document, TriggerMatch match) = Trigger(text, trigger);
        TopicFilter.IsVolumeAccord(document, document.Sentences[0], match).Should().Be(expected);
    }

    [Theory]
    // "the meeting and venue had been agreed": a second subject after "and" shares the predicate of planning (session 19).
    [InlineData("He said the meeting and venue had been agreed by the member states.", "meeting", true)]
    [InlineData("The talks and agenda were announced by both foreign ministries.", "talks", true)]
    // Held talks: no predicate of planning after them.
    [InlineData("The meeting and dinner were held in the palace, officials said.", "meeting", false)]
    public void PlannedPredicate_SecondSubject_MakesTalksPlanned(string text, string trigger, bool expected)
    {
        (var document, TriggerMatch match) = Trigger(text, trigger);
        FutureClause.IsFuture(document, document.Sentences[0], match).Should().Be(expected);
    }

    [Theory]
    // "opened the door to talks": the talks are made possible, not held (session 19).
    [InlineData("The accord with the Fund opened the door to rescheduling negotiations with its neighbours.", "negotiations", true)]
    [InlineData("Argentina held rescheduling negotiations with its neighbours in May.", "negotiations", false)]
    // A habit adverb inside the trigger's span or right after it (session 19).
    [InlineData("He said he talked often with the Fund's managing director on many issues.", "talked", true)]
    [InlineData("The two foreign ministers met regularly during the crisis.", "met", true)]
    [InlineData("He talked with the Fund's managing director on Tuesday.", "talked", false)]
    public void DoorToOrHabit_Talks_IsIrrealis(string text, string trigger, bool expected)
    {
        (var document, TriggerMatch match) = Trigger(text, trigger);
        IrrealisFilter.IsIrrealis(document, document.Sentences[0], match).Should().Be(expected);
    }
}
