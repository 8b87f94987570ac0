namespace NewsNlp.Tests.Events;

/// <summary>
/// Parties the article's context gives an act whose own words name none (Events/Arguments/ContextParties, ActorIndex): the voice
/// of a statement, the article's armed group and the state it fights, office holders of an organisation and its initials.
/// Invented sentences.
/// </summary>
public sealed class ContextPartyTests
{
    [Theory]
    // A statement in the first person in a story of one armed group: "we" is the group, its target the state it fights (FMLN: SV).
    [InlineData("The FMLN issued a communique on Monday. We condemn the bombing of villages by the air force.", "accusation FMLN>SV")]
    [InlineData("The FMLN issued a war bulletin. We warn that the bombing of villages will receive a military response.", "threat FMLN>SV")]
    // A named addressee stays the target.
    [InlineData("The FMLN issued a communique on Monday. We demand that the United States stop its military aid.", "appeal FMLN>US")]
    // The passive agent "by our ...".
    [InlineData("The FMLN issued a war bulletin. The army patrol was ambushed by our units near the river.", "strike FMLN>SV")]
    // A group does not name itself beside "we": the state speaks.
    [InlineData("The FMLN attacked two garrisons on Monday. We demand that the FMLN end its hostilities at once.", "appeal SV>FMLN")]
    // "The guerrillas", "the rebels": the article's armed group.
    [InlineData("The FMLN rebels fought near the capital on Monday. The guerrillas demand the release of all political prisoners.", "appeal FMLN>SV")]
    // "The president", "the army" in a story of an armed group: the state it fights (Houthis: YE).
    [InlineData("The Houthis attacked a convoy on Monday. The president warned the Houthis against further attacks.", "threat YE>Houthis")]
    // "My government": a state's own voice, the country not addressed.
    [InlineData("Iraq protested after Iranian troops crossed the border. My government demands the immediate withdrawal of the Iranian troops.", "appeal IQ>IR")]
    public void Context_gives_the_party(string text, string expected) =>
        EventFacts.Described(text).Should().Contain(expected);

    [Theory]
    // No armed group named: "the president" and a plain "we" may be anyone (domestic politics, a firm, a lost quotation mark).
    [InlineData("Pakistan and Iran held talks on Monday. The president warned the opposition against a general strike.")]
    [InlineData("Japan and China met on Monday. We urge Japan to show restraint in the dispute.")]
    // "We" inside quotation marks is the speaker's, not the article's voice.
    [InlineData("The FMLN attacked a base on Monday. A villager said: \"We urge the soldiers to leave our village.\"")]
    // A count or part of the rebels is not the side: "the five other rebel groups".
    [InlineData("The FMLN fought on Monday. The five other rebel groups declared a unilateral truce.")]
    public void No_party_from_context(string text) =>
        EventFacts.Described(text).Should().NotContain(e => e.StartsWith("threat", StringComparison.Ordinal) || e.StartsWith("appeal", StringComparison.Ordinal)
            || e.StartsWith("deescalation", StringComparison.Ordinal));

    [Theory]
    // A titled person with no country acts for the organisation named right before one of his mentions, at every mention.
    [InlineData("World Bank President Conable arrived in Brasilia on Monday. Conable met Brazilian officials on Tuesday.", "consultation WORLD BANK>BR")]
    // The initials of an organisation the article spells out stand for it.
    [InlineData("The European Community discussed the Middle East on Monday. The EC last year imposed sanctions against Syria.", "diplomatic_downgrade EU>SY")]
    public void Records_of_the_article_give_the_party(string text, string expected) =>
        EventFacts.Described(text).Should().Contain(expected);

    [Fact]
    // Initials count only where the article spells the name out.
    public void Initials_alone_are_no_party() =>
        EventFacts.Described("The EC last year imposed sanctions against Syria.").Should().NotContain(e => e.Contains("EU", StringComparison.Ordinal));
}
