namespace NewsNlp.Tests.Events;

/// <summary>
/// "Ask" with a named party as its addressee, however long the addressee's phrase (session 18, ev20m; Events/README.md,
/// <c>AddressedRequests</c>). Invented sentences.
/// </summary>
public sealed class AddressedRequestTests
{
    [Theory]
    // The addressee's full name in brackets, then the infinitive: an appeal to the named party (GUIDELINES: appeal).
    [InlineData("Pakistan and Iran asked the Taliban (the movement that rules most of the country) to end the attacks on the border.", "appeal PK,IR>Taliban")]
    [InlineData("ON MONDAY Iran ASKED THE Houthis (THE ANSAR ALLAH MOVEMENT OF THE NORTH) TO END THEIR ATTACKS ON SHIPS.", "appeal IR>Houthis")]
    // Others beside the named addressee, past the lexicon's four-word gap.
    [InlineData("Iran asked Syria and the other Arab states of the region to stop arming Iraq.", "appeal IR>SY")]
    public void A_named_addressee_past_the_gap_is_an_appeal(string text, string expected) =>
        EventFacts.Described(text).Should().Contain(expected);

    [Theory]
    // No infinitive: "asked X ... for" is the lexicon's business (its objects of conflict), not this rule's.
    [InlineData("Japan asked the United States and its trading partners at the Paris meeting for more time.")]
    // "to the": a place or a forum, not an infinitive.
    [InlineData("Iran asked the Taliban (the movement that rules most of the country) to the talks in Tehran on Monday.")]
    // The party only modifies the name of the body asked (a country's own council): no named addressee.
    [InlineData("Pakistan asked the United States National Security Council to help the two students enter the country.")]
    // The clause ends before any "to".
    [InlineData("Iran asked Syria and the other Arab states of the region, and they refused to answer.")]
    public void No_appeal_without_an_addressed_infinitive(string text) =>
        EventFacts.Described(text).Should().NotContain(e => e.StartsWith("appeal", StringComparison.Ordinal));

    [Fact]
    // A request of trade stays a trade matter: the rules that judge the lexicon's short form judge the long one too.
    public void A_trade_request_stays_out() =>
        EventFacts.Described("Japan asked Chinese steel makers and the other exporters of the region to cut their exports of steel and coal.")
            .Should().NotContain(e => e.StartsWith("appeal", StringComparison.Ordinal));
}
