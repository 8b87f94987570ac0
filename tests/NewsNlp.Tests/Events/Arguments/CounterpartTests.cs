namespace NewsNlp.Tests.Events.Arguments;

/// <summary>
/// Parties of multilateral and joint acts, and counterparts no code names (session 19, ev22a): the first state of a list owned through
/// "from" after a member noun, the owners of a deal "signed by the presidents of both countries", an appeal to the international
/// community and talks with "other nations". Invented sentences, run through the whole extractor.
/// </summary>
public sealed class CounterpartTests
{
    private static readonly NewsExtractor Extractor = NewsExtractor.Create();

    private static string[] Described(string text) =>
        [.. Extractor.Extract(text, new ArticleContext { Id = "t", Published = new DateOnly(2024, 3, 5) }).Events
            .Select(e => $"{e.Type} {string.Join(",", e.Actors)}>{string.Join(",", e.Targets)}")];

    [Theory]
    // "Ministers from A, B and C met": "from" after a member noun governs the whole list, so its first state is a side too.
    [InlineData("Ministers from Chile, Peru and Bolivia met in Brasilia on Monday.", "consultation CL,PE,BO>")]
    [InlineData("Officials from Italy, the Netherlands, Belgium and Switzerland attended the talks on Monday.", "consultation IT,NL,BE,CH>")]
    public void Every_state_of_a_listed_meeting_is_a_side(string text, string expected) =>
        Described(text).Should().Contain(expected);

    [Theory]
    // "Signed by the presidents of both countries": the pair owns the deal; a joint act has both sides as actors and no target.
    [InlineData("Argentina and Brazil have expanded trade. Argentina's foreign minister said trade with Brazil doubled after an integration accord signed by the presidents of both countries last July.", "agreement AR,BR>")]
    public void A_deal_signed_by_both_sides_is_joint(string text, string expected) =>
        Described(text).Should().Contain(expected);

    [Theory]
    // An appeal to the world at large has no coded addressee: no main party is guessed, and the party named in what is asked is none.
    [InlineData("Chile and Peru have quarrelled over their sea border for years. Brazil on Monday urged the international community to help calm the dispute between Chile and Peru.", "appeal BR>")]
    [InlineData("Fighting between Chile and Peru killed ten soldiers on Sunday. The United Nations urged all countries to stop arms sales to the region.", "appeal UN>")]
    // Talks with an open group of states have no partner a code names, and stand all the same.
    [InlineData("Japan and the United States disagree over the yen. Last month U.S. officials meeting with other major industrial nations in Paris agreed that the dollar had fallen enough.", "consultation US>")]
    public void A_counterpart_no_code_names_is_no_target(string text, string expected) =>
        Described(text).Should().Contain(expected);

    [Theory]
    // A named addressee or partner stays the target; so does the addressee the context gives when the sentence names none.
    [InlineData("Fighting between Chile and Peru killed ten soldiers on Sunday. Brazil urged Peru to halt the fighting.", "appeal BR>PE")]
    [InlineData("Japan and the United States disagree over the yen. U.S. officials met with Japanese officials in Paris last month.", "consultation US>JP")]
    [InlineData("Peruvian troops shelled Ecuadorean positions on the border on Monday. Ecuador urged an end to the shelling on Tuesday.", "appeal EC>PE")]
    public void A_named_counterpart_stays(string text, string expected) =>
        Described(text).Should().Contain(expected);

    [Fact]
    public void A_collective_word_after_another_preposition_is_no_addressee()
    {
        // "demanding consciences of the world": "world" after "of" addresses nobody; the statement stays unaddressed, no event.
        Described("Chile and Peru quarrelled on Monday. Chile said it would satisfy the most demanding consciences of the world.")
            .Should().NotContain(e => e.StartsWith("appeal", StringComparison.Ordinal));
    }
}
