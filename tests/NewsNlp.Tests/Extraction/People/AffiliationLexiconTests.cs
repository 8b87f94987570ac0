using NewsNlp.Extraction.People;

namespace NewsNlp.Tests.Extraction.People;

public sealed class AffiliationLexiconTests
{
    [Theory]
    // A British office; Britain is the only candidate named.
    [InlineData("Foreign Secretary", "GB|US", "GB")]
    // The longest listed ending of a longer title.
    [InlineData("Junior Foreign Secretary", "GB|FR", "GB")]
    // Two candidates named: no choice.
    [InlineData("Foreign Secretary", "GB|IN", null)]
    // German or Austrian; only Austria named.
    [InlineData("Chancellor", "AT|US", "AT")]
    // No candidate named.
    [InlineData("Taoiseach", "GB", null)]
    public void TryGetTitle_ListedOffice_PicksTheNamedCandidate(string title, string named, string? expected)
    {
        AffiliationLexicon.Default.TryGetTitle(title, out Affiliation affiliation).Should().BeTrue();
        affiliation.Pick(new HashSet<string>(named.Split('|'), StringComparer.Ordinal)).Should().Be(expected);
    }

    [Theory]
    // The head of an international body serves no country.
    [InlineData("Secretary-General")]
    // Nor does the Pope.
    [InlineData("Pope")]
    public void TryGetTitle_StatelessTitle_IsStateless(string title)
    {
        AffiliationLexicon.Default.TryGetTitle(title, out Affiliation affiliation).Should().BeTrue();
        affiliation.Kind.Should().Be(AffiliationKind.Stateless);
    }

    [Theory]
    // Bodies are not titles: "CIA" alone says nothing about a title.
    [InlineData("CIA")]
    // Unlisted titles are not found.
    [InlineData("Minister of Information")]
    public void TryGetTitle_NotAListedTitle_ReturnsFalse(string title) =>
        AffiliationLexicon.Default.TryGetTitle(title, out _).Should().BeFalse();

    [Theory]
    // Britain has a prime minister, the United States has none.
    [InlineData("Prime Minister", "GB|US", "GB")]
    // A longer title ending in the office.
    [InlineData("Deputy Prime Minister", "IL|US|MX", "IL")]
    // Two named countries have the office: no choice.
    [InlineData("Prime Minister", "GB|IN|US", null)]
    // Only countries without the office are named.
    [InlineData("Prime Minister", "US|BR", null)]
    public void TryGetTitle_OfficeSomeCountriesLack_PicksTheOneNamedHolder(string title, string named, string? expected)
    {
        AffiliationLexicon.Default.TryGetTitle(title, out Affiliation affiliation).Should().BeTrue();
        affiliation.Kind.Should().Be(AffiliationKind.Absent);
        affiliation.PickHolder(new HashSet<string>(named.Split('|'), StringComparer.Ordinal)).Should().Be(expected);
    }

    [Theory]
    // A national body matches case-insensitively, by span.
    [InlineData("state department", "US")]
    // A body whose country changed: the article decides.
    [InlineData("Kremlin", "RU|SU")]
    public void TryGet_Body_GivesItsCountries(string phrase, string countries)
    {
        AffiliationLexicon.Default.TryGet(phrase.AsSpan(), out Affiliation body).Should().BeTrue();
        body.Kind.Should().Be(AffiliationKind.Body);
        string.Join('|', body.Countries).Should().Be(countries);
    }
}
