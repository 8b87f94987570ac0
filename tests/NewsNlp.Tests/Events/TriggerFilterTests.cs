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
    // An offer to mediate is a mediation event itself; an offer of talks stays a plan.
    [InlineData("The prime minister turned down the UN offer of mediating between the parties.", "mediating", false)]
    [InlineData("Iran offered talks with Iraq on Monday.", "talks", true)]
    // A threat keeps its modal.
    [InlineData("Iraq warned it would strike back.", "warned", false)]
    // "is to" + verb: planned.
    [InlineData("Japan is to hold talks with China.", "talks", true)]
    // A date word after the trigger: planned.
    [InlineData("Two rounds of talks, scheduled for Thursday, will cover trade.", "talks", true)]
    // "later today": planned.
    [InlineData("Ministers from Iran and Iraq meet later today.", "meet", true)]
    // "ahead of": the talks lie after the report.
    [InlineData("China bought wheat ahead of trade talks with the United States.", "talks", true)]
    // "agreed to meet": a decision to hold talks, not talks held.
    [InlineData("Iran and the Soviet Union agreed to hold talks on oil.", "talks", true)]
    // "due to" is causal, not a plan.
    [InlineData("Iran attacked the port, due to the blockade.", "attacked", false)]
    // A ceasefire as the goal of a call or an order.
    [InlineData("The council issued an order for a ceasefire in the war.", "ceasefire", true)]
    // A ceasefire agreed stays.
    [InlineData("Iran and Iraq agreed on a ceasefire.", "ceasefire", false)]
    // Talks held stay.
    [InlineData("Iran held talks with Turkey on Monday.", "talks", false)]
    // "next Tuesday": planned.
    [InlineData("The committee meets next Tuesday.", "meets", true)]
    // "the next day" tells a sequence.
    [InlineData("Iran attacked the port the next day.", "attacked", false)]
    // "ahead of" across a name.
    [InlineData("Sterling was steady ahead of the Group of Seven talks in Washington.", "talks", true)]
    // A request for talks is no talks.
    [InlineData("Japan requested bilateral consultations with the United States.", "consultations", true)]
    // "was due to meet": scheduled.
    [InlineData("The ambassador was due to meet the prime minister today.", "meet", true)]
    // "due to attacks" is a cause.
    [InlineData("The talks were cancelled due to attacks on the capital.", "attacks", false)]
    // A present "meets": a plan or a habit.
    [InlineData("Prices will rise when the council meets in September.", "meets", true)]
    // "did not meet": the filter's negation, not the tense.
    [InlineData("Iran met Turkish officials in Geneva.", "met", false)]
    // A boycotted meeting did not take place for the boycotter.
    [InlineData("Italy boycotted a meeting in Paris.", "meeting", true)]
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
    // A labour strike with a word between "on" and "strike".
    [InlineData("Seamen decided to remain on indefinite strike.", "strike", true)]
    // A deal "struck" is no strike.
    [InlineData("The final agreement was struck last Friday.", "struck", true)]
    // Labour strikes over jobs.
    [InlineData("The union called off the strikes against planned redundancies.", "strikes", true)]
    // "attack submarines", "offensive systems": modifiers of equipment.
    [InlineData("NATO is monitoring Soviet attack submarines in the Atlantic.", "attack", true)]
    // "to attack ships" stays a verb.
    [InlineData("Iran threatened to attack ships in the Gulf.", "attack", false)]
    // "early warning planes": equipment.
    [InlineData("France bought three early warning planes.", "warning", true)]
    // A natural disaster.
    [InlineData("The quake struck northern Ecuador.", "struck", true)]
    // A verbal attack on a policy.
    [InlineData("The United States attacked Japan's tight fiscal policy.", "attacked", true)]
    // The abstract word lies in another clause: the attack stays.
    [InlineData("Reagan decided on a response to the Iran attack but would not say what the decision was.", "attack", false)]
    // "meet demand": satisfying, not talks.
    [InlineData("Brokers bought bonds to meet strong demand.", "meet", true)]
    // A speech to a meeting.
    [InlineData("The minister told a meeting of business groups that growth would slow.", "meeting", true)]
    // A speech to a meeting.
    [InlineData("Heller told reporters after a speech to a meeting of analysts.", "meeting", true)]
    // A meeting between parties.
    [InlineData("Iran met Iraqi officials in Geneva.", "met", false)]
    // "told reporters after the meeting": the meeting itself stays.
    [InlineData("Shultz told reporters after the meeting with Iran that talks went well.", "meeting", false)]
    public void IsOtherSense_Sentence_Decides(string text, string trigger, bool expected)
    {
        Check(text, trigger).OtherSense.Should().Be(expected);
    }
}
