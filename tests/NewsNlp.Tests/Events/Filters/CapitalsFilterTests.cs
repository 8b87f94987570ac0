using FluentAssertions;
using NewsNlp.Events;
using NewsNlp.Events.Filters;
using NewsNlp.Lexicons;
using NewsNlp.Text;
using Xunit;

namespace NewsNlp.Tests.Events.Filters;

/// <summary>Filters that compare function words literally, read in a bulletin written in capitals (MUC-4) as in mixed case.</summary>
public sealed class CapitalsFilterTests
{
    [Theory]
    // A lowercase function word matches itself in any case only in a sentence written in capitals.
    [InlineData("THE MINISTER MET WITH THE ENVOY.", 3, "with", true)]
    [InlineData("The minister met with the envoy.", 3, "with", true)]
    // A title in mixed case keeps its capital: "With" there is unmatched, as before.
    [InlineData("Minister Meets With Envoy In Capital", 2, "with", false)]
    [InlineData("THE MINISTER MET WITH THE ENVOY.", 3, "for", false)]
    public void IsLiteral_CapitalsOnly_IgnoresCase(string text, int token, string word, bool expected)
    {
        EventFacts.Document(text).IsLiteral(token, word).Should().Be(expected);
    }

    [Theory]
    // Several words at once: any one of them, by the same rule (exact, or any case in capitals).
    [InlineData("THE ENVOY CAME FOR TALKS.", 3, true)]
    [InlineData("The envoy came for talks.", 3, true)]
    [InlineData("Envoy Came For Talks Today", 2, false)]
    [InlineData("THE ENVOY CAME WITH AIDES.", 3, false)]
    public void IsLiteral_AnyOfSeveralWords(string text, int token, bool expected)
    {
        EventFacts.Document(text).IsLiteral(token, "on", "for", "upon").Should().Be(expected);
    }

    [Theory]
    // A case-sensitive class of lowercase function words, by the same rule: as written, or in any case in capitals.
    [InlineData("TALKS WITH THE ENVOY IN GENEVA.", 4, true)]
    [InlineData("Talks with the envoy in Geneva.", 4, true)]
    [InlineData("Talks With Envoy In Geneva Today", 3, false)]
    [InlineData("TALKS WITH THE ENVOY FROM GENEVA.", 4, false)]
    public void IsLiteralOf_LowercaseClass_AnyCaseInCapitalsOnly(string text, int token, bool expected)
    {
        EventFacts.Document(text).IsLiteralOf(token, Lexicon.Default.Class("events/partner-enders")).Should().Be(expected);
    }

    [Theory]
    // The "with" phrase names no party: unknown partner, in either case.
    [InlineData("The minister met with various groups in the capital.", "met", true)]
    [InlineData("THE MINISTER MET WITH VARIOUS GROUPS IN THE CAPITAL.", "MET", true)]
    // A party named in the phrase keeps the talks.
    [InlineData("The minister met with U.S. officials in the capital.", "met", false)]
    [InlineData("THE MINISTER MET WITH U.S. OFFICIALS IN THE CAPITAL.", "MET", false)]
    public void UnknownPartner_AnyLetterCase(string text, string trigger, bool expected)
    {
        (var document, TriggerMatch match) = EventFacts.Trigger(text, trigger, type: EventTaxonomy.Consultation);
        UnknownPartner.NamesNonParty(document, document.Sentences[0], match, ActorIndex.Build(document, EventFacts.For(text))).Should().Be(expected);
    }

    [Theory]
    // "ready to", "ready for": a readiness, not troops readied, in either case.
    [InlineData("The rebels said they are ready to fight the army.", "ready", true)]
    [InlineData("THE REBELS SAID THEY ARE READY TO FIGHT THE ARMY.", "READY", true)]
    [InlineData("THE FRONT IS READY FOR A GREAT OFFENSIVE.", "READY", true)]
    public void ReadyTo_AnyLetterCase_IsOtherSense(string text, string trigger, bool expected)
    {
        (var document, TriggerMatch match) = EventFacts.Trigger(text, trigger, type: EventTaxonomy.Mobilization);
        SenseFilter.IsOtherSense(document, document.Sentences[0], match).Should().Be(expected);
    }
}
