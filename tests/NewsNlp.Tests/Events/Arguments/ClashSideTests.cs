namespace NewsNlp.Tests.Events.Arguments;

/// <summary>
/// The roles of the events we find (session 17): a clash is fought by both sides, all of them actors and none a target, and its
/// place is no side; a side fighting with no opponent told, or fighting an enemy off, keeps its act one-sided; the name before a
/// force noun before a strike noun owns the force; aircraft and vessels "from" a country are that country's; "of" after a strike
/// noun with its doer named is the undergoer; a speaker is no passive undergoer; an escort has no target. Invented sentences, run
/// through the whole extractor.
/// </summary>
public sealed class ClashSideTests
{
    private static readonly NewsExtractor Extractor = NewsExtractor.Create();

    private static string[] Described(string text) =>
        [.. Extractor.Extract(text, new ArticleContext { Id = "t", Published = new DateOnly(1987, 10, 20) }).Events
            .Select(e => $"{e.Type} {string.Join(",", e.Actors)}>{string.Join(",", e.Targets)}")];

    [Fact]
    public void A_clash_with_an_unnamed_opponent_has_the_named_side_as_actor_and_its_place_as_no_target()
    {
        string[] events = Described("KANDAHAR, Oct 5 - Canadian troops fought a gunbattle with insurgents in a village near Kandahar on Monday, witnesses said.");
        events.Should().Contain("strike CA>").And.NotContain("strike CA>AF");
    }

    [Theory]
    // No doer named: the place carries the match as the target (GUIDELINES, unnamed actors; the headline gold codes it so).
    [InlineData("Fierce Clashes in Afghanistan Kill 12", "strike >AF")]
    // One undergoer and no doer: unchanged.
    [InlineData("Four rebels died in a clash with Peruvian soldiers near the border on Tuesday, the army said.", "strike >PE")]
    public void A_clash_with_no_doer_and_one_party_keeps_it_as_target(string text, string expected) =>
        Described(text).Should().Contain(expected);

    [Theory]
    // No opponent follows the word of combat: the side fights in its own offensive, one-sided.
    [InlineData("Syrian troops are fighting on three fronts in a fresh offensive in southern Lebanon, the radio said.", "strike SY>LB")]
    // "fought off": one side repels the other.
    [InlineData("Chadian forces fought off the Libyans near Fada on Sunday.", "strike TD>LY")]
    public void A_side_fighting_with_no_opponent_told_or_repelling_one_keeps_its_act_one_sided(string text, string expected) =>
        Described(text).Should().Contain(expected);

    [Fact]
    public void The_owner_of_a_force_noun_before_a_strike_noun_is_the_attacker_inside_a_prepositional_phrase() =>
        Described("Libya said it would retaliate for U.S. Navy attacks on its coastal radar sites.").Should().Contain("strike US>LY").And.NotContain("strike LY>US");

    [Fact]
    public void Jets_from_a_country_are_that_countrys_not_the_speakers() =>
        Described("Pakistan said jets from Afghanistan struck a Pakistani border town on Friday.").Should().Contain("strike AF>PK").And.NotContain("strike PK>AF");

    [Theory]
    // With the doer named before the strike noun, "of" right after it names what was struck.
    [InlineData("Nicaragua denounced the U.S. invasion of Grenada on Tuesday.", "strike US>GD")]
    // A speaker is not what a passive clause after "said that" tells was attacked; the owner-less soldiers are the story's state.
    [InlineData("IN MORAZAN, THE FMLN GUERRILLAS SAID THAT SOLDIERS OF THE ATLACATL BATTALION WERE AMBUSHED NEAR PERQUIN, EL SALVADOR.", "strike >SV")]
    public void Undergoers_named_after_of_or_in_a_reported_passive(string text, string expected) =>
        Described(text).Should().Contain(expected);

    [Theory]
    // What warships escort or protect is no target of their deployment.
    [InlineData("French warships began escorting three Saudi tankers southward from Saudi Arabia on Friday.", "FR")]
    [InlineData("Britain sent two destroyers to the Red Sea to protect Omani freighters.", "GB")]
    public void An_escort_has_no_target(string text, string actor) =>
        Described(text).Should().Contain($"mobilization {actor}>").And.NotContain(e => e.StartsWith($"mobilization {actor}>", StringComparison.Ordinal) && e.Length > $"mobilization {actor}>".Length);
}
