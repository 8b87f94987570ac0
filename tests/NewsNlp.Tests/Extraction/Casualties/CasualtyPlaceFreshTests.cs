using NewsNlp.Extraction.Casualties;

namespace NewsNlp.Tests.Extraction.Casualties;

/// <summary>
/// Session 16 (helper <c>cas16p</c>, issue 19): the place errors of the fresh batches dev11 and dev12, by class. A region or
/// town the casualty list lacked; a country's name before a noun of its forces or aid after a where-word ("near a U.S.
/// military patrol"), which says whose, not where; a toll spread over several countries; a state organ that travelled
/// abroad; a count that opens a clause joined by "and". Invented articles only; each row is about its last count.
/// </summary>
public sealed class CasualtyPlaceFreshTests
{
    private static readonly DateOnly Published2004 = new(2004, 9, 1);

    [Theory]
    // Regions and towns of the casualty list (harm-places.tsv): never the shared gazetteer, which the event models read.
    [InlineData("Scaffolding fell at a hotel site in Dubai, killing three labourers.", null, "AE", "HarmLocative")]
    [InlineData("DUBAI - A crane fell on a bus, killing four people.", null, "AE", "Dateline")]
    [InlineData("Rockets killed two people in the Jizan region.", null, "SA", "HarmLocative")]
    [InlineData("A roadside bomb killed 12 soldiers in Hakkari Province.", null, "TR", "HarmLocative")]
    [InlineData("Mortar fire hit Tavush Province overnight, killing two shepherds.", null, "AM", "SentencePlace")]
    [InlineData("SOLDIERS KILLED THREE FARMERS IN MORAZAN LAST WEEK.", null, "SV", "HarmLocative")]
    // A town that two countries share takes the one the article names: "Santo Domingo" in a Colombian story.
    [InlineData("BOGOTA, May 2 - Gunmen killed four farmers in Santo Domingo.", null, "CO", "HarmLocative")]
    [InlineData("Gunmen killed four tourists in Santo Domingo, Dominican police said.", null, "DO", "HarmLocative")]
    // A country's name before a noun of its forces or aid says whose, even after a where-word: the town says where.
    [InlineData("A roadside bomb went off beside a U.S. military patrol in Baiji on Friday, wounding three farmers.", null, "IQ", "HarmLocative")]
    [InlineData("KABUL, May 2 - A roadside bomb exploded near a U.S. military convoy, killing two children.", null, "AF", "Dateline")]
    // A country's name before other words after a where-word still says where.
    [InlineData("Two soldiers were killed in Iraq bombings on Sunday.", null, "IQ", "HarmLocative")]
    [InlineData("An overloaded boat sank off the coast of Malaysia killing at least 15 people.", null, "MY", "HarmLocative")]
    // A count that opens a clause joined by "and" takes its own clause's place over the clause before's.
    [InlineData("Last year a bus plunged into a river in Nepal and 35 died when a boat sank off Sabah.", null, "MY", "HarmLocative")]
    [InlineData("Three soldiers were killed in Kandahar and 12 were wounded.", null, "AF", "HarmLocative")]
    // A toll spread over several countries has no one country.
    [InlineData("The storm weakened over Cuba after killing 11 people in three countries.", null, null, "Spread")]
    [InlineData("The outbreak has killed 40 people across several nations.", null, null, "Spread")]
    // A state organ that travelled abroad does not act at home: the headline says where.
    [InlineData("The Kenyan president flew to Burundi for talks on unrest that has left 20 people dead.", "Violence flares in Burundi", "BI", "Headline")]
    [InlineData("The Kenyan president said violence had killed 20 people.", "Violence flares", "KE", "StateOrgan")]
    public void Place_FreshClasses(string text, string? title, string? country, string step)
    {
        (string? code, PlaceStep decided) = Decide(text, title);
        code.Should().Be(country);
        decided.ToString().Should().Be(step);
    }

    [Theory]
    [InlineData("Two men were held in U.S. custody.", "Nationality")]
    [InlineData("Two men were killed in U.S. airstrikes.", "Nationality")]
    [InlineData("Two men were killed in the U.S. capital.", "Locative")]
    [InlineData("Two men were killed in Iraq yesterday.", "Locative")]
    public void Role_CountryBeforeAForceNoun_SaysWhose(string text, string role)
    {
        CasualtyPlaceProbe.RoleOfFirstMention(text).Should().Be(role);
    }

    private static (string? Code, PlaceStep Step) Decide(string text, string? title) => CasualtyPlaceProbe.Decide(text, title, Published2004);
}
