namespace NewsNlp.Tests.Events;

/// <summary>Strikes by armed forces the text does not tie to a party.</summary>
public sealed class UnnamedForceTests
{
    [Theory]
    // GUIDELINES: an act by unnamed actors is still an event, with empty actors when nothing ties the force to a country.
    [InlineData("RESIDENTS SAID THAT A GROUP OF SIX URBAN GUERRILLAS ATTACKED TWO POLICE CHECKPOINTS.", "strike >")]
    [InlineData("About 70 soldiers on foot patrol were attacked by guerrillas near the border.", "strike >")]
    // A country on either side still gives the parties.
    [InlineData("Iraqi troops attacked an Iranian garrison at the oasis.", "strike IQ>IR")]
    public void Strikes_by_unnamed_forces(string text, string expected) =>
        EventFacts.Described(text).Should().Contain(expected);

    [Theory]
    // No armed force in the clause: a bare "attacked" with nobody named stays no event.
    [InlineData("Critics attacked the plan as too costly.")]
    [InlineData("The proposal was attacked in the press on Monday.")]
    public void No_armed_force_no_party_no_event(string text) =>
        EventFacts.Described(text).Should().BeEmpty();
}
