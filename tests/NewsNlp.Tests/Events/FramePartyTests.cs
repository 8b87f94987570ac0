namespace NewsNlp.Tests.Events;

/// <summary>
/// Parties the article's frame suggests but the act does not have: the members or host of an international body's meeting, and a
/// dateline's place as an unnamed attacker (run through the whole extractor: the countries, organisations and places are its own).
/// </summary>
public sealed class FramePartyTests
{
    private static readonly NewsExtractor Extractor = NewsExtractor.Create();

    private static string[] Described(string text) =>
        [.. Extractor.Extract(text, new ArticleContext { Id = "t", Published = new DateOnly(1987, 4, 9) }).Events
            .Select(e => $"{e.Type} {string.Join(",", e.Actors)}>{string.Join(",", e.Targets)}")];

    [Theory]
    // The article's other country is a member (Japan in the G-7) or the host (Luxembourg), not the other side of the talks.
    [InlineData("TOKYO, April 9 - Japan's finance minister said the dollar was stable. He spoke to reporters after the Group of Seven meeting in Washington yesterday.", "consultation G7>")]
    public void A_bodys_meeting_has_no_guessed_target(string text, string expected) =>
        Described(text).Should().Contain(expected).And.NotContain(e => e.StartsWith("consultation", StringComparison.Ordinal) && e != expected);

    [Theory]
    // A dateline names where the story was filed from, not who attacked: an unnamed bomber stays unnamed and the place is the target.
    [InlineData("GABORONE, April 9 - Three people were killed when a huge bomb went off in a suburb of Botswana's capital Gaborone.", "strike >BW")]
    [InlineData("LIMA, March 23 - A bank manager was wounded in a machine gun attack in Peru, police said.", "strike >PE")]
    // With nobody named at all, the dateline's country is where it was done (an armed agent or weapon in the clause).
    [InlineData("KABUL, Afghanistan - A car bomb exploded outside a hotel on Monday, killing five people.", "strike >AF")]
    // A target named in the text wins over the dateline ("BAHRAIN - ... attacked Iranian oil rigs" was done to Iran, not in Bahrain).
    [InlineData("BAHRAIN, Oct 19 - Unidentified jets attacked three Iranian oil rigs in the southern Gulf early on Monday.", "strike >IR")]
    public void A_datelines_place_is_no_attacker(string text, string expected) =>
        Described(text).Where(e => e.StartsWith("strike", StringComparison.Ordinal)).Should().Equal(expected);

    [Theory]
    // An accident under a dateline is no attack: no weapon or armed agent, no place to give it.
    [InlineData("ZEEBRUGGE, Belgium, March 6 - At least 26 people died when a car ferry struck a pier as it left port.")]
    public void No_attack_no_dateline_target(string text) =>
        Described(text).Should().NotContain(e => e.StartsWith("strike", StringComparison.Ordinal));

    [Theory]
    // The dateline still stands for officials speaking from their capital: only strikes pass over it.
    [InlineData("PEKING, April 13 - Prime Ministers Zhao Ziyang of China and Anibal Cavaco Silva of Portugal signed an agreement on Macao today.")]
    public void A_datelines_capital_still_speaks(string text) =>
        Described(text).Should().Contain(e => e.StartsWith("agreement CN,PT>", StringComparison.Ordinal));

    [Theory]
    // A strike with no target in its clause takes the other country of its own sentence before the article's main party.
    [InlineData("The dollar fell in New York as U.S. traders worried about the United States economy. Traders said Iraq attacked offshore oil fields and an export depot, while Iranian forces massed near Basra.", "strike IQ>IR")]
    [InlineData("NEW YORK, Oct 19 - U.S. stocks fell on Monday as the United States dollar slipped. Kuwaiti tankers have come under repeated Iranian attack, dealers said.", "strike IR>KW")]
    public void A_strikes_guessed_target_is_its_own_sentences_country(string text, string expected) =>
        Described(text).Where(e => e.StartsWith("strike", StringComparison.Ordinal)).Should().Equal(expected);
}
