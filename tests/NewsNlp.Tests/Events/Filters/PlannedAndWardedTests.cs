using NewsNlp.Events;
using NewsNlp.Events.Filters;

namespace NewsNlp.Tests.Events.Filters;

/// <summary>
/// Talks planned by their own noun phrase or by a verb of setting off, further talks words in a planned
/// clause, and attacks named only as what a party guards against. Invented sentences.
/// </summary>
public sealed class PlannedAndWardedTests
{
    private static (NewsNlp.Text.Document Document, TriggerMatch Match) Trigger(string text, string triggerWord) =>
        EventFacts.Trigger(text, triggerWord, new DateOnly(1987, 4, 7));

    [Theory]
    // A day ahead owns the meeting, across a name.
    [InlineData("Tomorrow's Group of Seven meeting is seen as the key event.", "meeting", true)]
    [InlineData("Next week's talks between Iran and Turkey are the first since May.", "talks", true)]
    // Brackets and lowercase modifiers stay inside the phrase.
    [InlineData("Iran spoke ahead of the this week's Group of Seven (G-7) interim committee meeting.", "meeting", true)]
    // A plan adjective further back than one modifier, across a name.
    [InlineData("Japan prepared for the forthcoming General Agreement on Tariffs and Trade talks.", "talks", true)]
    // A day past owns the meeting: held.
    [InlineData("Last week's meeting of Iran and Turkey ended without agreement.", "meeting", false)]
    // "this month's" may be past.
    [InlineData("This month's talks between Japan and China ended on Monday.", "talks", false)]
    // The day owns another noun: the phrase of the talks ends at "of" after a lowercase noun.
    [InlineData("This week's breakdown of coffee talks hurt Brazil.", "talks", false)]
    // A present verb of setting off, then "for talks": still ahead.
    [InlineData("Smith, who flies to Brussels today for talks with Turkey, spoke to Reuters.", "talks", true)]
    // The same in the past: held.
    [InlineData("Smith, who flew to Brussels on Monday for talks with Turkey, spoke to Reuters.", "talks", false)]
    // A modal after the talks' parties: a name in "-ed" is no participle ("the United States"), a lowercase participle is.
    [InlineData("Talks with the United States will begin soon.", "Talks", true)]
    [InlineData("Talks chaired by the United States will end soon.", "Talks", false)]
    public void IsFuture_NounPhraseOrDeparture_Decides(string text, string trigger, bool expected)
    {
        (var document, TriggerMatch match) = Trigger(text, trigger);
        FutureClause.IsFuture(document, document.Sentences[0], match).Should().Be(expected);
    }

    [Theory]
    // Attacks warded off in general: no act.
    [InlineData("The plan is to protect Kuwaiti tankers from Iranian attacks.", "attacks", true)]
    [InlineData("The tankers gain naval protection against Iranian attacks.", "attacks", true)]
    [InlineData("Washington will escort the ships with warships from attack by Iran.", "attack", true)]
    // Attacks that happened.
    [InlineData("Iranian gunboats attacked a Kuwaiti tanker on Monday.", "attacked", false)]
    [InlineData("Kuwaiti tankers came under repeated Iranian attack.", "attack", false)]
    // The protecting word is in another clause: "from" gives the attack's origin.
    [InlineData("Iran said it would defend its towns, and rockets from Iraqi attacks hit Tehran.", "attacks", false)]
    public void IsWardedOff_Sentence_Decides(string text, string trigger, bool expected)
    {
        (var document, TriggerMatch match) = Trigger(text, trigger);
        WardedAttacks.IsWardedOff(document, document.Sentences[0], match).Should().Be(expected);
    }

    [Theory]
    // "will meet ... to discuss": the purpose names the planned meeting's business.
    [InlineData("Jilani will meet Kakar in Tehran on Monday to discuss the border with Iran.", "")]
    // "is expected to meet and discuss".
    [InlineData("Iran is expected to meet Turkey and discuss the border.", "")]
    // Held, with its purpose: one meeting stays.
    [InlineData("Jilani met Kakar in Tehran on Monday to discuss the border with Iran.", "consultation")]
    // Talks held, after a comma and "after": another clause, not the plan's.
    [InlineData("Iran will meet Turkey again, after they held talks with Greece last week.", "consultation")]
    public void Extract_TalksAfterPlannedTalks_AreThePlan(string text, string expected)
    {
        var result = EventFacts.Run(new EventExtractor(), EventFacts.Document(text, new DateOnly(1987, 4, 7)), EventFacts.For(text));
        string.Join(",", result.Events.Select(e => e.Type).Distinct()).Should().Be(expected);
    }

    [Theory]
    // "about to" puts the act just ahead of the report, after the trigger or before it.
    [InlineData("A caller said a bomb was about to go off at the Iraqi base.", "bomb", true)]
    [InlineData("Iraqi troops were about to attack the town, officials said.", "attack", true)]
    // "about" before a number is no such thing.
    [InlineData("Iraqi jets attacked the town in a raid that lasted about two hours.", "attacked", false)]
    public void IsIrrealis_AboutTo_Decides(string text, string trigger, bool expected)
    {
        (var document, TriggerMatch match) = Trigger(text, trigger);
        IrrealisFilter.IsIrrealis(document, document.Sentences[0], match).Should().Be(expected);
    }
}
