using NewsNlp.Events;
using NewsNlp.Events.Filters;

namespace NewsNlp.Tests.Events.Filters;

/// <summary>
/// A withdrawal is a de-escalation when agreed, declared or carried out as one; a retreat under fire, a defeat, a flight or an
/// evacuation of people is not (GUIDELINES). Invented sentences.
/// </summary>
public sealed class RetreatSenseTests
{
    private static (NewsNlp.Text.Document Document, TriggerMatch Match) Trigger(string text, string triggerWord) =>
        EventFacts.Trigger(text, triggerWord, new DateOnly(1987, 4, 7), type: EventTaxonomy.Deescalation);

    [Theory]
    // A retreat under fire: hasty, before an advancing force, after a defeat, in flight.
    [InlineData("Ruritanian troops were hastily evacuating a hilltop fort as rebel columns drew near.", "evacuating", true)]
    [InlineData("The routed garrison pulled out of the valley overnight.", "pulled", true)]
    [InlineData("After their defeat at the pass, the invaders withdrew their troops to the coast.", "withdrew", true)]
    [InlineData("Soldiers fleeing the offensive withdrew from the border posts in disarray.", "Soldiers", true)]
    // An evacuation of people or of an embassy: a rescue or a precaution.
    [InlineData("Ruritania evacuated its nationals from the capital of Borduria on Monday.", "evacuated", true)]
    [InlineData("The navy will evacuate the remaining embassy staff by sea.", "evacuate", true)]
    // A withdrawal carried out or agreed as such: a de-escalation.
    [InlineData("Ruritania withdrew its troops from the disputed border under the accord.", "withdrew", false)]
    [InlineData("Borduria completed the withdrawal of its forces from the island on Sunday.", "withdrawal", false)]
    [InlineData("Ruritanian troops evacuated the buffer zone, as the truce required.", "evacuated", false)]
    // A ceasefire beside a retreat word is no withdrawal word: left to the other rules.
    [InlineData("The defeated rebels agreed to a ceasefire with Ruritania.", "ceasefire", false)]
    public void IsRetreat_Sentence_Decides(string text, string trigger, bool expected)
    {
        (var document, TriggerMatch match) = Trigger(text, trigger);
        RetreatSense.IsRetreat(document, document.Sentences[0], match).Should().Be(expected);
    }
}
