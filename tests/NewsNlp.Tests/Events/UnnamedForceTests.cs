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

    [Theory]
    // An unnamed armed force deployed toward a named party is a mobilization, with empty actors.
    [InlineData("Soldiers were deployed to the border with Iran on Monday.", "mobilization >IR")]
    [InlineData("TROOPS WERE DEPLOYED TO THE BORDER WITH Iran.", "mobilization >IR")]
    public void Deployments_of_unnamed_forces_toward_a_party(string text, string expected) =>
        EventFacts.Described(text).Should().Contain(expected);

    [Theory]
    // The force after the trigger is not what is deployed: "deployed against the rebels" names no actor.
    [InlineData("Warships were deployed to Iran against the rebels.")]
    // A participant owns the force: a passive does not make it the actor, and it is no target either.
    [InlineData("Iraqi troops were deployed to the border with Iran.")]
    // No armed force: a deployment with nobody named as its doer stays no event.
    [InlineData("Inspectors were deployed to Iran on Monday.")]
    // An unnamed force's accusations and appeals stay no event without a named doer (tried: the retrained verifier's floor then
    // fell and planned meetings came in over ordinary news); its threats of force are events (Threats_of_force_by_unnamed_makers).
    [InlineData("The rebels accused Iran of violating the truce.")]
    [InlineData("An official attributed the bombing to Houthi rebels on Monday.")]
    // Without any armed force, an act with nobody named as its doer stays no event (passives, things).
    [InlineData("The ICC has been accused of favoritism by the railroad industry.")]
    [InlineData("Labour trouble threatens the beet crop in Pakistan.")]
    public void No_actorless_act_but_a_forces_deployment(string text) =>
        EventFacts.Described(text).Should().NotContain(e => e.Contains(" >", StringComparison.Ordinal) && !e.StartsWith("strike", StringComparison.Ordinal));

    [Theory]
    // A threat of force by makers no record names, addressed to a named party, is an event with empty actors (GUIDELINES, unnamed
    // actors; session 17, ev19b): force in its content ("to kill", "to bomb") or a combatant as its maker.
    [InlineData("Kidnappers threatened to kill two Japanese engineers unless Tokyo paid a ransom.", "threat >JP")]
    [InlineData("Gunmen threatened to attack Israel.", "threat >IL")]
    [InlineData("Militants threatened to kill two Japanese soldiers on the border.", "threat >JP")]
    [InlineData("Maoist rebels threatened to attack Pakistan on Wednesday.", "threat >PK")]
    public void Threats_of_force_by_unnamed_makers(string text, string expected) =>
        EventFacts.Described(text).Should().Contain(expected);

    [Theory]
    // No force in the content and no combatant as maker: a bare threat with nobody named stays no event.
    [InlineData("The unions threatened to close the ports of Japan.")]
    [InlineData("Officials threatened to raise the duties on goods from Japan.")]
    public void Threats_without_force_or_maker_stay_no_event(string text) =>
        EventFacts.Described(text).Should().NotContain(e => e.StartsWith("threat", StringComparison.Ordinal));
}
