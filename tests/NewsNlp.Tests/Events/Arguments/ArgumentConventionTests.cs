namespace NewsNlp.Tests.Events.Arguments;

/// <summary>
/// How the event corpus codes the parties of reciprocal and one-sided acts (data/annotations/events/README.md: a mutual act has all
/// sides as actors and no target; clashes between two forces are mutual; "A met B" is one-sided), and how many parties the context
/// adds when the sentence names none. Invented sentences, run through the whole extractor (its countries, organisations and dates).
/// </summary>
public sealed class ArgumentConventionTests
{
    private static readonly NewsExtractor Extractor = NewsExtractor.Create();

    private static string[] Described(string text) =>
        [.. Extractor.Extract(text, new ArticleContext { Id = "t", Published = new DateOnly(1989, 11, 20) }).Events
            .Select(e => $"{e.Type} {string.Join(",", e.Actors)}>{string.Join(",", e.Targets)}")];

    [Theory]
    // A clash with one side named, in a story of one war: the other side is the war's other side, and both are actors.
    [InlineData("The FARC attacked a police post in Colombia on Monday. Army troops seized weapons in clashes with the FARC near the border.", "strike CO,FARC>")]
    // The war bulletin's clash and the toll in its own clause are one act.
    [InlineData("FMLN TROOPS AMBUSHED AN ARMY PATROL IN EL SALVADOR ON MONDAY. FMLN TROOPS CLASHED WITH THE CAVALRY COMPANY NEAR THE CAPITAL, KILLING THREE SOLDIERS.", "strike FMLN,SV>")]
    public void A_clash_is_mutual(string text, string expected) =>
        Described(text).Should().Contain(expected);

    [Fact]
    public void A_clash_and_an_attack_told_in_two_sentences_keep_their_own_roles()
    {
        string[] events = Described("FMLN TROOPS AMBUSHED AN ARMY PATROL IN EL SALVADOR ON MONDAY. LATER, FMLN TROOPS CLASHED WITH THE CAVALRY COMPANY NEAR THE CAPITAL.");
        events.Should().Contain("strike FMLN>SV").And.Contain("strike FMLN,SV>");
    }

    [Theory]
    // "The ministers of A and B held talks", "officials of A and B met": both owners are the subject, and the talks are mutual.
    [InlineData("The foreign ministers of Peru and Ecuador held talks in Lima on Tuesday on the border.", "consultation PE,EC>")]
    [InlineData("Officials of Peru and Ecuador met in Lima on Tuesday.", "consultation PE,EC>")]
    // "A met B" and "talks with B" stay one-sided.
    [InlineData("Peru held talks with Ecuador in Lima on Tuesday.", "consultation PE>EC")]
    [InlineData("The Brazilian foreign minister met his Peruvian counterpart in Lima on Monday.", "consultation BR>PE")]
    public void Talks_of_two_named_owners_are_mutual_talks_with_a_partner_are_not(string text, string expected) =>
        Described(text).Should().Contain(expected);

    [Theory]
    // Two named doers of talks or a deal: mutual, and a topic or an incidental name after the act is no side (session 20, ev25m).
    [InlineData("Japan and Britain held talks on Monday on the Soviet proposal for a summit.", "consultation JP,GB>")]
    [InlineData("Chile and Argentina signed an agreement on Tuesday to settle the channel dispute under a Vatican plan.", "agreement CL,AR>")]
    // A partner after "with" is one more side of the joint act.
    [InlineData("Brazil and Mexico held talks with the United States on Friday on their foreign debt.", "consultation BR,MX,US>")]
    // One doer stays one-sided.
    [InlineData("Iran held talks with Syria on Monday, Iranian officials said.", "consultation IR>SY")]
    public void Talks_and_deals_of_two_named_doers_are_mutual(string text, string expected) =>
        Described(text).Should().Contain(expected);

    [Theory]
    // A body's own meeting: the speaker of the report told after it (", a Japanese official said") is no target (session 20, ev25m).
    [InlineData("The Group of Seven held talks in Washington on Saturday on the dollar, a Japanese official said.", "consultation G7>")]
    [InlineData("OPEC oil ministers met in Vienna on Monday to discuss output quotas, Saudi officials said.", "consultation OPEC>")]
    [InlineData("European Community farm ministers met in Brussels on Monday, a French diplomat said.", "consultation EU>")]
    public void The_speaker_of_a_report_after_a_meeting_is_no_target(string text, string expected) =>
        Described(text).Should().Equal(expected);

    [Theory]
    // "Between the government and the rebels": talks between unnamed sides are mutual, the article's two main parties their actors.
    [InlineData("The FMLN attacked an army base in El Salvador on Monday. The rebels said the dialogue held last week in Mexico City between the government and the insurgents went well.", "consultation FMLN,SV>")]
    public void Talks_between_unnamed_sides_are_mutual(string text, string expected) =>
        Described(text).Should().Contain(expected);

    [Theory]
    // A truce declared with no counterpart named has no target (the corpus: 52 of 56 such truces and withdrawals).
    [InlineData("The FMLN attacked an army base in El Salvador on Monday. The FMLN declared a unilateral truce on Tuesday.", "deescalation FMLN>")]
    public void A_unilateral_truce_has_no_target(string text, string expected) =>
        Described(text).Should().Contain(expected);

    [Theory]
    // A party's appeal with no addressee named addresses the other side (the corpus: one coded addressee for a state's or a group's
    // appeal); an outsider's addresses both sides.
    [InlineData("Peruvian troops shelled Ecuadorean positions on the border on Monday. Ecuador urged an end to the shelling on Tuesday.", "appeal EC>PE")]
    [InlineData("Peruvian troops shelled Ecuadorean positions on the border on Monday. The United Nations urged an end to the fighting on Tuesday.", "appeal UN>PE,EC")]
    public void An_appeal_with_no_named_addressee_gets_its_addressees_from_the_context(string text, string expected) =>
        Described(text).Should().Contain(expected);
}
