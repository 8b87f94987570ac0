using NewsNlp.Events;
using NewsNlp.Events.Filters;

namespace NewsNlp.Tests.Events.Filters;

/// <summary>
/// Trade and Community stories: a meeting told through its chair, talks or an accord proposed in a "that" clause, a present visit
/// ahead, a tour of farms, and a body's own meeting whose members' countries are no parties. Invented sentences.
/// </summary>
public sealed class TradeNewsTests
{
    private static (NewsNlp.Text.Document Document, TriggerMatch Match) Trigger(string text, string triggerWord) =>
        EventFacts.Trigger(text, triggerWord, new DateOnly(1987, 4, 7));

    [Theory]
    // The chair of a body's meeting: the meeting told through its chairman.
    [InlineData("Deputy chairman Jones of Ruritania chaired the meeting in his place.", "meeting", true)]
    [InlineData("The Bordurian minister, who is chairing the meeting, said no accord was near.", "meeting", true)]
    // Talks held with a chairman named elsewhere.
    [InlineData("The Bordurian minister met his Ruritanian counterpart in the chair's office.", "met", false)]
    // A tour of sites is no state visit; a visit to a capital is.
    [InlineData("The envoy went to Kansas to visit two wheat farms on Friday.", "visit", true)]
    [InlineData("The envoy paid a visit to a tractor factory outside the city.", "visit", true)]
    [InlineData("The minister will visit Ruritania and its capital next month.", "visit", false)]
    public void IsOtherSense_MeetingOrVisit_Decides(string text, string trigger, bool expected)
    {
        (var document, TriggerMatch match) = Trigger(text, trigger);
        SenseFilter.IsOtherSense(document, document.Sentences[0], match).Should().Be(expected);
    }

    [Theory]
    // Talks or an accord in the "that" clause of a verb of proposing: proposed, not held.
    [InlineData("The Ruritanian premier proposed in a note sent to the Bordurian leader that they meet.", "meet", true)]
    [InlineData("Ruritania suggested that the two sides agree on a cap on fishing quotas.", "agree", true)]
    [InlineData("Ruritania proposed to meet Borduria in Geneva.", "meet", true)]
    // The "that" of a verb of saying: told as done.
    [InlineData("Ruritania said that the two sides met in Geneva on Monday.", "met", false)]
    // A strike is no act one proposes: "suggested" there is evidence.
    [InlineData("Officials suggested that the rebels attacked the convoy on Monday.", "attacked", false)]
    // A present "visits" is ahead; the plural noun is not.
    [InlineData("Officials hope for progress when the envoy visits Ruritania.", "visits", true)]
    [InlineData("The minister said his two visits to Ruritania had been useful.", "visits", false)]
    // A present "meet" after a bracketed subject: a habit.
    [InlineData("They (the council) meet very often among themselves.", "meet", true)]
    public void IsIrrealis_ProposalOrPresentVisit_Decides(string text, string trigger, bool expected)
    {
        (var document, TriggerMatch match) = Trigger(text, trigger);
        IrrealisFilter.IsIrrealis(document, document.Sentences[0], match).Should().Be(expected);
    }

    [Theory]
    // A present verb of setting off, then "for the" talks: ahead.
    [InlineData("Progress is hoped for when the envoy visits Ruritania for the meetings with the Fund.", "meetings", true)]
    // The same in the past: held.
    [InlineData("Progress was made when the envoy visited Ruritania for the meetings with the Fund.", "meetings", false)]
    public void IsFuture_DepartureBeforeTheTalks_Decides(string text, string trigger, bool expected)
    {
        (var document, TriggerMatch match) = Trigger(text, trigger);
        FutureClause.IsFuture(document, document.Sentences[0], match).Should().Be(expected);
    }

    [Theory]
    // A body's meeting named through its members: the body alone is the party.
    [InlineData("Thatcher gave her view to the press after a European Community trade ministers' meeting in Ghent.", "meeting", "EU", "")]
    [InlineData("Thatcher set out her view during a meeting of European Community fisheries ministers in Ghent.", "meeting", "EU", "")]
    // A meeting with a partner after "with" keeps its parties.
    [InlineData("European Community ministers held a meeting with Brazilian officials in Brussels.", "meeting", "EU", "BR")]
    public void KeepForumAsParty_BodysOwnMeeting_LeavesTheBodyAlone(string text, string trigger, string actors, string targets)
    {
        (var document, TriggerMatch match) = Trigger(text, trigger);
        var index = ActorIndex.Build(document, EventFacts.For(text));
        var candidate = new EventCandidate { Type = EventTaxonomy.Consultation };
        candidate.Actors.Add(text.Contains("Thatcher", StringComparison.Ordinal) ? "GB" : "EU");
        candidate.Targets.Add(text.Contains("Brazilian", StringComparison.Ordinal) ? "BR" : "EU");
        if (candidate.Actors[0] == "EU" && candidate.Targets[0] == "EU")
        {
            candidate.Targets.Clear();
        }

        ForumTalks.KeepForumAsParty(document, document.Sentences[0], match, index, candidate);
        string.Join(",", candidate.Actors).Should().Be(actors);
        string.Join(",", candidate.Targets).Should().Be(targets);
    }
}
