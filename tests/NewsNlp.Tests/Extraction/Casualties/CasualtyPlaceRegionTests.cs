using NewsNlp.Extraction.Casualties;

namespace NewsNlp.Tests.Extraction.Casualties;

/// <summary>
/// Session 16 (issue 19): a state, province or town the shared gazetteer does not hold places a count through the casualty
/// stage's own list (<c>harm-places.tsv</c>), and a headline that names a people's war ("Yemeni Civil War") says where the
/// story is. Invented articles only.
/// </summary>
public sealed class CasualtyPlaceRegionTests
{
    [Theory]
    [InlineData("In North Carolina, police said 11 people have been shot, 5 fatally, over the weekend.", "US", "HarmLocative")]
    [InlineData("A 13-year-old girl was cut by flying glass near a highway in Arizona.", "US", "HarmLocative")]
    [InlineData("Four policemen were killed in an ambush in Helmand.", "AF", "HarmLocative")]
    [InlineData("Floods killed 30 people in Bihar.", "IN", "HarmLocative")]
    [InlineData("A gas explosion killed 12 miners in Henan.", "CN", "HarmLocative")]
    [InlineData("A gunman killed three people in New Mexico.", "US", "HarmLocative")]
    // A surname or a town of another country that shares a state's name places nothing of its own.
    [InlineData("BOGOTA, May 2 - Two soldiers were killed near San Jacinto, where Diego Montana spoke.", "CO", "Dateline")]
    public void Region_PlacesTheCount(string text, string country, string step)
    {
        (string? code, PlaceStep decided) = Decide(text, null);
        code.Should().Be(country);
        decided.ToString().Should().Be(step);
    }

    [Theory]
    [InlineData("Yemeni Civil War (2015)", "YE")]
    [InlineData("Syrian civil war", "SY")]
    [InlineData("Iraq War (2014-present)", "IQ")]
    public void Headline_PeoplesWar_IsTheStorysPlace(string title, string country)
    {
        // The sentence names only the attackers' people: the headline's war says where.
        (string? code, PlaceStep step) = Decide("Medics say at least 16 people have been killed in Saudi led airstrikes.", title);
        code.Should().Be(country);
        step.Should().Be(PlaceStep.Headline);
    }

    [Fact]
    public void Headline_WithoutAWar_KeepsTheMainCountry()
    {
        // A headline people that wages no war says nothing of where: the sentence's people count first.
        (string? code, PlaceStep step) = Decide("Medics say at least 16 people have been killed in Saudi airstrikes.", "Yemeni ministers meet");
        code.Should().Be("SA");
        step.Should().Be(PlaceStep.MainCountry);
    }

    [Theory]
    [InlineData("Medics say 16 people were killed in Saudi-led airstrikes.", "Sponsor")]
    [InlineData("Medics say 16 people were killed in Saudi led airstrikes.", "Sponsor")]
    [InlineData("Two men were shot by Iranian-backed militias.", "Sponsor")]
    [InlineData("Medics say 16 people were killed in Saudi airstrikes.", "Nationality")]
    public void Sponsor_LeadsOrBacksAForce(string text, string role)
    {
        // A country that leads or backs a force is no place and no people of the victims (it no longer counts for the main country).
        CasualtyPlaceProbe.RoleOfFirstMention(text).Should().Be(role);
    }

    [Fact]
    public void Sponsor_DoesNotMakeTheMainCountry()
    {
        (string? code, PlaceStep step) = Decide("Afghan officials said two women were shot dead by U.S.-led troops at a checkpoint.", null);
        code.Should().Be("AF");
        step.Should().Be(PlaceStep.MainCountry);
    }

    private static (string? Code, PlaceStep Step) Decide(string text, string? title) => CasualtyPlaceProbe.Decide(text, title, new DateOnly(2015, 9, 1));
}
