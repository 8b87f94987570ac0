namespace NewsNlp.Tests.Events.Arguments;

/// <summary>Roles of passive triggers, including nouns undergone by their subject ("received criticism", "suffered an attack").</summary>
public sealed class PassiveVoiceTests
{
    [Theory]
    // The subject of a receiving verb undergoes the act: it is the target, and the doer after "by" the actor.
    [InlineData("The Iranian convoy suffered an attack by Iraqi warplanes on Monday.", "strike IQ>IR")]
    [InlineData("Iran was attacked by Iraq on Monday.", "strike IQ>IR")]
    // The subject of a verb of undergoing joined to the strike noun by "in" or "after" is its target, not its attacker.
    [InlineData("Three Iraqi soldiers died in a car bombing in Kabul on Monday.", "strike >IQ,AF")] // the victims, then the place
    [InlineData("Iraqi troops were killed in an Iranian offensive on Monday.", "strike IR>IQ")]
    [InlineData("An Afghan deputy escaped a roadside bombing in Kabul on Monday.", "strike >AF")]
    [InlineData("Iraqi Soldiers Die In Kabul Car Bombing", "strike >IQ")] // a title-case headline: capitals end no scan
    public void Subject_of_a_passive_is_the_target(string text, string expected) =>
        EventFacts.Described(text).Should().Contain(expected);

    [Theory]
    // With nobody named as the critic, criticism the subject "received" is no accusation by the subject.
    [InlineData("Pakistani officials received strong criticism in the report on the arms sales to Iran, aides said.")]
    [InlineData("Japan faced criticism from the United States over its trade surplus on Monday.")]
    public void Criticism_received_is_not_an_accusation_by_the_subject(string text) =>
        EventFacts.Described(text).Where(e => e.StartsWith("accusation PK", StringComparison.Ordinal) || e.StartsWith("accusation JP", StringComparison.Ordinal)).Should().BeEmpty();
}
