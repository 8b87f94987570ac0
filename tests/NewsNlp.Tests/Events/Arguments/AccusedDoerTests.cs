namespace NewsNlp.Tests.Events.Arguments;

/// <summary>
/// Session 18 (ev20p): an act of force told as what one party accuses or blames another of was done by the accused, not by the
/// accuser (<c>AccusedDoers</c>); a bloc's talks with a partner stay (a <c>BlocMeetings</c> filter of the branch was left out at the
/// merge: GUIDELINES counts talks between governments about trade or money as consultations); talks
/// whose "with" phrase after their venue names banks are no talks between parties (<c>PartyFilter</c>); talks whose holding "had
/// been agreed" are a plan (<c>plan-predicates</c>). Invented sentences, run through the whole extractor.
/// </summary>
public sealed class AccusedDoerTests
{
    private static readonly NewsExtractor Extractor = NewsExtractor.Create();

    private static string[] Described(string text) =>
        [.. Extractor.Extract(text, new ArticleContext { Id = "t", Published = new DateOnly(1987, 6, 2) }).Events
            .Select(e => $"{e.Type} {string.Join(",", e.Actors)}>{string.Join(",", e.Targets)}")];

    [Theory]
    // "accused X of": the accused did it; the accuser is no doer.
    [InlineData("WASHINGTON, June 2 - U.S. officials accused Iran of attacking a Kuwaiti tanker with Silkworm missiles.", "strike IR>KW", "strike US,IR>KW")]
    // "blamed X for": the same.
    [InlineData("WASHINGTON, June 2 - The United States blamed Iran for a missile attack on a Kuwaiti tanker on Friday.", "strike IR>KW", "strike US,IR>KW")]
    // The act falls on the accuser's own ("its"): the accuser is the target, the accused the doer.
    [InlineData("KUWAIT, June 2 - Kuwait accused Iraq of bombing its oil terminal.", "strike IQ>KW", "strike KW>IQ")]
    [InlineData("TEHRAN, June 2 - Iran accused the United States of attacking its oil platforms in the Gulf.", "strike US>IR", "strike IR>US")]
    // What was struck is named after the act: its country is the target.
    [InlineData("BAGHDAD, June 2 - Iraq accused Iranian forces of shelling Basra on Monday.", "strike IR>IQ", "strike IQ>IR")]
    // "blamed the attack on X": the party after the last "on" did it, not the one who blames.
    [InlineData("TEHRAN, June 2 - Iran blamed the attack on the tanker on the United States.", "strike US>IR", "strike IR>US")]
    // The accused did it; the accuser is no doer.
    [InlineData("KHARTOUM, June 2 - Sudan accused Eritrea of attacking a border town on Tuesday.", "strike ER>", "strike SD>ER")]
    // "the attacks, which X blames on Y": the relative clause names the accused; the accuser is no target.
    [InlineData("WASHINGTON, June 2 - The tanker attacks, which the Americans blame on Iran, have raised insurance rates in the Gulf.", "strike IR>", "strike >US")]
    public void An_act_of_force_told_as_an_accusations_content_is_the_accuseds(string text, string expected, string wrong)
    {
        string[] events = Described(text);
        events.Should().Contain(expected).And.NotContain(wrong);
    }

    [Theory]
    // The accusation itself stays the accuser's, toward the accused.
    [InlineData("WASHINGTON, June 2 - U.S. officials accused Iran of attacking a Kuwaiti tanker with Silkworm missiles.", "accusation US>IR")]
    // "on Kuwaiti shipping" is what was attacked, no party blamed: the act keeps its doer.
    [InlineData("WASHINGTON, June 2 - Reagan blamed Iran for attacks on Kuwaiti shipping in the Gulf.", "strike IR>KW")]
    // A strike told with no accusation keeps the finders' roles.
    [InlineData("BAGHDAD, June 2 - Iraqi warplanes attacked an Iranian oil terminal on Monday.", "strike IQ>IR")]
    public void Accusations_and_plain_strikes_keep_their_roles(string text, string expected) =>
        Described(text).Should().Contain(expected);

    [Theory]
    // The bloc's talks with a partner stay.
    [InlineData("BRUSSELS, June 2 - European Community ministers held talks with Japanese officials on car exports on Monday.", "consultation EU>JP")]
    // A bloc's meeting on sanctions is relations, not the bloc's internal business.
    [InlineData("BRUSSELS, June 2 - European Community foreign ministers ended a meeting on sanctions against South Africa on Monday.", "consultation EU>ZA")]
    // The bloc's name before talks with no members named: its talks with someone ("EU nuclear negotiations" with Iran).
    [InlineData("TEHRAN, June 2 - Iranian officials said European Union nuclear talks ended in Paris on Monday.", "consultation EU>")]
    // A member's visit to another state is no bloc meeting.
    [InlineData("CAIRO, June 2 - Nigeria's oil minister, who attended the OPEC ministerial meeting in Vienna last week, arrived in Alexandria for a visit to Egypt.", "consultation NG>EG")]
    public void A_blocs_talks_with_a_partner_or_on_relations_and_a_members_visit_stay(string text, string expected) =>
        Described(text).Should().Contain(expected);

    [Theory]
    // Talks with banks after their venue and time: no talks between states, and the venue's host is no partner.
    [InlineData("BUENOS AIRES, June 2 - Argentina's negotiators held debt talks in New York last week with the commercial banks, officials said. The United States supports the package.")]
    // A meeting whose holding was agreed is a plan.
    [InlineData("ADDIS ABABA, June 2 - The foreign minister said the meeting of the nine states and its venue had been agreed by the Organisation of African Unity. Egypt will host it.")]
    public void Talks_with_banks_after_their_venue_and_agreed_meetings_are_no_events(string text) =>
        Described(text).Should().NotContain(e => e.StartsWith("consultation", StringComparison.Ordinal));

    [Fact]
    public void Talks_in_a_city_with_a_state_stay() =>
        Described("BUENOS AIRES, June 2 - Argentina's negotiators held debt talks in New York last week with Brazilian officials, officials said.")
            .Should().Contain("consultation AR>BR");
}
