namespace NewsNlp.Tests.Events.Arguments;

/// <summary>
/// The parties a story of one war gives an act whose sentence names fewer than the act needs (GUIDELINES, unnamed actors; the
/// event corpus's coding of bulletins): an armed group's appeal goes to the state it fights, a side's hostile act with no target is
/// done to the other side, and a bombing by nobody named in a story of one country was done in that country. Invented sentences,
/// run through the whole extractor.
/// </summary>
public sealed class WarSideTests
{
    private static readonly NewsExtractor Extractor = NewsExtractor.Create();

    private static string[] Described(string text) =>
        [.. Extractor.Extract(text, new ArticleContext { Id = "t", Published = new DateOnly(1989, 11, 20) }).Events
            .Select(e => $"{e.Type} {string.Join(",", e.Actors)}>{string.Join(",", e.Targets)}")];

    [Theory]
    // An armed group is a party of its war: its appeal with no addressee named has one, the state it fights, not the article's two
    // main countries.
    [InlineData("The FMLN attacked an army base in El Salvador on Monday. Panama offered its airport to the wounded. The FMLN demanded an end to the bombings on Tuesday.")]
    [InlineData("THE FMLN ATTACKED AN ARMY BASE IN EL SALVADOR ON MONDAY. THE FMLN GENERAL COMMAND DEMANDED THE RELEASE OF ALL POLITICAL PRISONERS. PANAMA AND COSTA RICA OFFERED THEIR HELP.")]
    public void An_armed_groups_appeal_goes_to_the_state_it_fights(string text) =>
        Described(text).Should().Contain("appeal FMLN>SV").And.NotContain("appeal FMLN>SV,PA");

    [Theory]
    // A side's strike with no target named, in a story of one war, is done to the other side.
    [InlineData("THE FMLN ATTACKED AN ARMY BASE IN EL SALVADOR ON MONDAY. ARMY TROOPS SHELLED THE SLOPES OF THE VOLCANO ON TUESDAY, THE FMLN SAID.")]
    [InlineData("THE FMLN ATTACKED AN ARMY BASE IN EL SALVADOR ON MONDAY. THE SALVADORAN ARMY BOMBED THE SLOPES OF THE VOLCANO ON TUESDAY.")]
    public void A_sides_strike_with_no_target_is_done_to_the_other_side(string text) =>
        Described(text).Should().Contain("strike SV>FMLN");

    [Theory]
    // A bombing by nobody named in a story naming one country was done in it, though no gazetteer knows the village.
    [InlineData("THE COLOMBIAN POLICE SAID TODAY THAT THE SITUATION WAS CALM. THREE BOMBS DESTROYED A POLICE CHECKPOINT IN PASEO REAL LAST NIGHT.", "strike >CO")]
    [InlineData("The Peruvian police said on Monday that the situation was calm. Gunmen carrying grenades attacked a bus near Chacapalca on Sunday.", "strike >PE")]
    public void An_unnamed_attack_in_a_story_of_one_country_is_done_in_it(string text, string expected) =>
        Described(text).Should().Contain(expected);

    [Theory]
    // Not without a weapon or an armed agent beside the strike word (a labour strike, a disease that strikes), nor with two
    // countries in the story.
    [InlineData("The Colombian police said on Monday that the situation was calm. A strike by miners closed the gold mine on Sunday.")]
    [InlineData("Peru's health ministry said on Monday that the fever strikes after heavy rains.")]
    [InlineData("Peru and Chile said on Monday that the situation was calm. Gunmen carrying grenades attacked a bus near Chacapalca on Sunday.")]
    public void No_story_target_without_attack_evidence_or_with_two_countries(string text) =>
        Described(text).Should().NotContain(e => e.StartsWith("strike >", StringComparison.Ordinal) && e.Length > "strike >".Length);

    [Theory]
    // What a passive deployment deploys is its subject: owner-less units in a story of one war are the state's.
    [InlineData("THE FMLN ATTACKED AN ARMY BASE IN EL SALVADOR ON MONDAY. AT 0200 TODAY, ARMY UNITS WERE BEING MOBILIZED.", "mobilization SV>")]
    // A deployment within the state's own country is the state's.
    [InlineData("DRUG TRAFFICKERS BOMBED A BANK IN MEDELLIN, COLOMBIA ON MONDAY. MEMBERS OF THE ARMY AND SECURITY FORCES CONTINUED TO PATROL THE COLOMBIAN CITIES.", "mobilization CO>CO")]
    public void An_owner_less_deployment_in_a_story_of_one_war_is_the_states(string text, string expected) =>
        Described(text).Should().Contain(expected);

    [Fact]
    public void A_deployment_toward_another_country_keeps_its_owner_open() =>
        Described("Venezuelan troops were deployed to the Colombian border on Monday.").Should().NotContain(e => e.StartsWith("mobilization CO>", StringComparison.Ordinal));

    [Fact]
    public void The_force_word_before_a_strike_noun_names_its_doer_not_the_clause_subject()
    {
        string[] events = Described("THE FMLN ATTACKED AN ARMY BASE IN EL SALVADOR ON MONDAY. THE SALVADORAN ARMY IS ON ALERT TO COUNTER A NEW GUERRILLA OFFENSIVE IN THE NORTH.");
        events.Should().Contain("strike FMLN>SV").And.NotContain(e => e.StartsWith("strike SV>", StringComparison.Ordinal));
    }

    [Theory]
    // A thing's "threat" with no armed force and no actor named is no event (an unnamed force's threat is none either:
    // UnnamedForceTests).
    [InlineData("Heavy rains threatened United Nations food stores in Sudan last week.")]
    [InlineData("Rising prices threatened the United Nations relief effort in Sudan, officials said.")]
    public void A_threat_with_no_armed_force_and_no_actor_is_no_event(string text) =>
        Described(text).Should().NotContain(e => e.StartsWith("threat", StringComparison.Ordinal));

    [Theory]
    // "criticism by X": the critic is the agent right after the noun, not the subject of the clause it stands in.
    [InlineData("ROME, Oct 19 - The Italian Finance Ministry declined to comment on weekend criticism by French Finance Minister Edouard Balladur of recent Italian interest rate increases.")]
    public void The_agent_right_after_a_criticism_noun_is_the_critic(string text) =>
        Described(text).Should().NotContain("accusation IT>FR");
}
