namespace NewsNlp.Tests.Events.Arguments;

/// <summary>
/// Who did it when the grammar turns the roles round (session 20, ev24a): a participle right after its noun with "by" after it (the
/// reduced relative of a passive), a gerund after "by" (how the clause's subject acted, no passive agent), a passive in a bulletin
/// written in capitals, and a threat told as a noun with its maker after "from". Invented sentences, run through the whole extractor.
/// </summary>
public sealed class VoiceAndAgentTests
{
    private static readonly NewsExtractor Extractor = NewsExtractor.Create();

    private static string[] Described(string text) =>
        [.. Extractor.Extract(text, new ArticleContext { Id = "t", Published = new DateOnly(1987, 5, 20) }).Events
            .Select(e => $"{e.Type} {string.Join(",", e.Actors)}>{string.Join(",", e.Targets)}")];

    [Theory]
    // "N hit by X": the noun before the participle undergoes the act, the agent after "by" does it.
    [InlineData("A Kuwaiti tanker hit by an Iranian missile was towed to port on Monday.", "strike IR>KW")]
    [InlineData("Iraqi troops attacked by Iranian forces near Basra suffered heavy losses on Monday.", "strike IR>IQ")]
    [InlineData("SALVADORAN ARMY TROOPS AMBUSHED BY FMLN GUERRILLAS SUFFERED 12 CASUALTIES ON MONDAY.", "strike FMLN>SV")]
    public void A_participle_after_its_noun_with_by_is_passive(string text, string expected) =>
        Described(text).Should().Contain(expected);

    [Theory]
    // The same verb with an object is active: its subject does the act.
    [InlineData("Iraqi troops attacked Iranian positions near Basra on Monday.", "strike IQ>IR")]
    // A participle governing "by" keeps its passive agent ("killed by shelling").
    [InlineData("Ten Iranian soldiers were killed by Iraqi shelling on Monday.", "strike IQ>IR")]
    public void An_active_verb_and_a_true_passive_keep_their_roles(string text, string expected) =>
        Described(text).Should().Contain(expected);

    [Theory]
    // "by bombing", "by launching missiles": a gerund after "by" says how the subject acted.
    [InlineData("Iraq responded on Tuesday by bombing Iranian cities.", "strike IQ>IR")]
    [InlineData("Iran retaliated on Tuesday by launching missiles at Iraqi cities.", "strike IR>IQ")]
    public void A_gerund_after_by_is_the_subjects_act(string text, string expected) =>
        Described(text).Should().Contain(expected);

    [Theory]
    // A threat told as a noun names its maker after "from", in mixed case and in capitals ("received" makes the subject the target).
    [InlineData("The Peruvian government has received death threats from the Shining Path.", "threat Shining Path>PE")]
    [InlineData("THE PERUVIAN GOVERNMENT HAS RECEIVED DEATH THREATS FROM THE SHINING PATH.", "threat Shining Path>PE")]
    // A passive appeal in capitals: the one asked is its subject, the asker the agent.
    [InlineData("THE FMLN IS STRONGLY URGED BY THE UNITED NATIONS TO END HOSTILITIES.", "appeal UN>FMLN")]
    public void A_threat_from_a_party_and_a_passive_in_capitals(string text, string expected) =>
        Described(text).Should().Contain(expected);

    [Theory]
    // After "from", a demonym on a head that does not act for the state ("miners", "guerrillas") makes no state the maker.
    [InlineData("The United States defended its tin sales on Tuesday in reaction to criticism from Malaysian miners.", "MY>")]
    [InlineData("The mayor resigned on Tuesday because of death threats from Salvadoran guerrillas.", "SV>")]
    public void A_demonym_on_a_non_state_head_after_from_makes_no_actor(string text, string unexpected) =>
        Described(text).Should().NotContain(e => e.Contains(unexpected, StringComparison.Ordinal));
}
