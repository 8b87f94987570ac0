namespace NewsNlp.Tests.Events;

/// <summary>
/// The sides owner-less force phrases give an act in a story of one war (Events/Arguments/UnnamedForces, ContextParties.AddForces),
/// and clashes with both sides known read as mutual acts. Invented sentences.
/// </summary>
public sealed class ForceSideTests
{
    [Theory]
    // A story naming one armed group (FMLN: SV): "troops" are the state it fights, "guerrillas" the group, as doer or as undergoer.
    [InlineData("The FMLN attacked a garrison on Sunday. Third brigade troops killed two guerrillas near the river.", "strike SV>FMLN")]
    // The passive: the subject was attacked, the agent after "by" did it.
    [InlineData("The FMLN issued a communique on Sunday. Army troops guarding the bridge were attacked by the rebels at dawn.", "strike FMLN>SV")]
    // A rebel word makes a force phrase the group's ("guerrilla commandos"), whatever its head.
    [InlineData("The FMLN issued a communique on Sunday. Urban guerrilla commandos harassed troops of the 1st Infantry Brigade last night.", "strike FMLN>SV")]
    // With no armed group named, the one country the article names owns its troops.
    [InlineData("Yemen's army issued a bulletin on Monday. At noon today troops fought the terrorists in the northern part of the city.", "strike YE>")]
    public void Owner_less_forces_give_the_sides(string text, string expected) =>
        EventFacts.Described(text).Should().Contain(expected);

    [Theory]
    // A clash with both sides known is mutual: all sides are actors, no target (GUIDELINES, mutual acts).
    [InlineData("The FMLN issued a communique on Sunday. Fourteen guerrillas were killed in clashes with troops of the 4th Infantry Brigade.", "strike FMLN,SV>")]
    [InlineData("The FMLN issued a communique on Sunday. Clashes were reported between troops of the 1st Brigade and guerrillas near the dam.", "strike SV,FMLN>")]
    // Named sides too.
    [InlineData("Iraqi troops clashed with Iranian forces near the border on Monday.", "strike IQ,IR>")]
    public void Clashes_are_mutual(string text, string expected) =>
        EventFacts.Described(text).Should().Contain(expected);

    [Theory]
    // A clash with a crowd is the force's act on it, with a doer and a target.
    [InlineData("Iraqi troops clashed with Iranian protesters near the border on Monday.", "strike IQ>IR")]
    public void Clashes_with_crowds_are_one_sided(string text, string expected) =>
        EventFacts.Described(text).Should().Contain(expected);

    [Theory]
    // A named owner stays the finders': the story's state is not put in its place.
    [InlineData("The FMLN issued a communique on Sunday. Iraqi troops attacked a camp near the border.")]
    // Police are no armed force of the war (riots and arrests are domestic).
    [InlineData("The FMLN issued a communique on Sunday. Police attacked the demonstrators in the capital.")]
    public void Named_owners_and_police_stay_as_they_are(string text) =>
        EventFacts.Described(text).Should().NotContain(e => e.StartsWith("strike SV", StringComparison.Ordinal));

    [Fact]
    // Two countries and no armed group: whose troops they are is unknown, so the act keeps no actor.
    public void Troops_of_a_story_of_two_countries_stay_unnamed() =>
        EventFacts.Described("Iran and Iraq exchanged notes on Monday. Troops attacked a village near the border.")
            .Should().NotContain(e => e.StartsWith("strike IR", StringComparison.Ordinal) || e.StartsWith("strike IQ", StringComparison.Ordinal));
}
