namespace NewsNlp.Tests.Events;

/// <summary>
/// A passive deployment of a force whose owner is named on the force noun (session 18, ev20m; Events/README.md,
/// <c>ArgumentFinder.NamesForceOwner</c>). Invented sentences.
/// </summary>
public sealed class ForceOwnerTests
{
    [Theory]
    // A passive deployment's subject is the force sent; the state named on its force noun owns it and deploys it (GUIDELINES).
    [InlineData("Iraqi troops were deployed along the border with Kuwait on Monday.", "mobilization IQ>KW")]
    [InlineData("OFFICIALS CONFIRMED TODAY THAT Iranian SOLDIERS ARE BEING DEPLOYED TO THE BORDER WITH Iraq.", "mobilization IR>IQ")]
    public void A_named_force_owner_deploys_its_force(string text, string expected) =>
        EventFacts.Described(text).Should().Contain(expected);

    [Fact]
    // Police are no state force head (state-troop-nouns: riots and arrests are domestic): their country is not made the deployer.
    public void Police_are_no_deployed_force() =>
        EventFacts.Described("Pakistani police were deployed in Islamabad on Monday.")
            .Should().NotContain(e => e.StartsWith("mobilization PK", StringComparison.Ordinal));
}
