namespace NewsNlp.Tests.Events;

/// <summary>
/// Acts told in a statement's voice whose maker the sentence does not name (session 18, ev20r; Events/README.md): the first person
/// or the statement itself as the subject of an appeal, a statement's "it", a possessive that owns its act, a group's station, and
/// the mediator after "mediation of". Invented sentences.
/// </summary>
public sealed class StatementVoiceTests
{
    // A story of armed conflict (it names an armed group, the Houthis) whose group is named too seldom to be the voice's owner.
    private const string WarStory = "Iraqi troops shelled three villages near Baghdad on Monday, Iraq said. Iraqi officials said a Houthi commander was wounded. Iraq closed the road to Baghdad. ";

    [Theory]
    // GUIDELINES, unnamed actors: an appeal in a voice the text does not tie to a party is an appeal all the same, its actor empty.
    [InlineData(WarStory + "We call on the United Nations to evacuate the wounded civilians.", "appeal >UN")]
    [InlineData(WarStory + "WE URGENTLY CALL ON the United States TO WITHDRAW ITS PILOTS.", "appeal >US")]
    [InlineData(WarStory + "The declaration calls on the United States to withdraw its advisers at once.", "appeal >US")]
    public void Appeals_in_an_unowned_voice_keep_an_empty_actor(string text, string expected) =>
        EventFacts.Described(text).Should().Contain(expected);

    [Theory]
    // The voice's owner named as the article's group still gives the actor (ContextParties), as before.
    [InlineData("The FMLN issued a communique on Monday. We demand that the United States stop its military aid.", "appeal FMLN>US")]
    public void Appeals_in_an_owned_voice_keep_the_owner(string text, string expected) =>
        EventFacts.Described(text).Should().Contain(expected);

    [Theory]
    // No armed group in the story: a plain "we" may be a firm or a quotation whose marks were lost (ContextPartyTests).
    [InlineData("Japan and China met on Monday. We call on Japan to open its markets to Chinese goods.")]
    // A named party before the trigger is the finder's to read, not a voice.
    [InlineData(WarStory + "Iraq said we urge the United States to stay out.")]
    // "it" with nobody named in the sentences before is nobody's voice.
    [InlineData("Heavy rain fell on Monday. The roads were closed. It urged Japan to send aid at once.")]
    public void No_appeal_without_a_voice_of_conflict(string text) =>
        EventFacts.Described(text).Should().NotContain(e => e.StartsWith("appeal >", StringComparison.Ordinal));

    [Theory]
    // A statement's "it" opening its clause is the party that opens the sentence before: the statement's maker named by the text.
    [InlineData("Libya issued a communique on Monday. It urged Chad to withdraw its troops from the border.", "appeal LY>TD")]
    [InlineData("In a draft resolution, Libya asked the United Nations to condemn the raids. It also urged the United Nations to send observers to Chad.", "appeal LY>UN")]
    public void A_statements_it_is_its_maker(string text, string expected) =>
        EventFacts.Described(text).Should().Contain(expected);

    [Fact]
    // A bulletin set in capitals says "HE" as news prose says "He": the person named in the sentence before.
    public void A_capital_HE_is_the_person_named_before() =>
        EventFacts.Described("Jilani arrived in Tehran on Monday. HE URGED Iran TO SHOW RESTRAINT ON THE BORDER.").Should().Contain("appeal PK>IR");

    [Fact]
    // "the mediation of the United Nations": "of" after the mediation noun names the mediator, not the party mediated for.
    public void Mediation_of_names_the_mediator() =>
        EventFacts.Described("The mediation of the United Nations brought Iraq and Iran to the table on Monday.")
            .Should().Contain(e => e.StartsWith("mediation UN>", StringComparison.Ordinal));

    [Fact]
    // "OUR TRUCE" governed by "of" is still the voice's own truce: the article's group, not named in the sentence.
    public void A_possessive_owns_its_act_however_governed() =>
        EventFacts.Described("The Houthis attacked a convoy in Yemen on Monday. Since the beginning of our truce, the army has shelled our villages.")
            .Should().Contain(e => e.StartsWith("deescalation Houthis", StringComparison.Ordinal));

    [Fact]
    // A group's own station named in the article makes its bulletin the group's voice, however seldom the group is named.
    public void A_groups_station_owns_the_voice() =>
        EventFacts.Described("Radio Farabundo Marti said on Monday that Iraqi troops entered Iran. Iran and Iraq clashed near Baghdad. Iraq denied it. Iran protested. We repeat our warning to the Iraqi troops.")
            .Should().Contain(e => e.StartsWith("threat FMLN>IQ", StringComparison.Ordinal));
}
