using NewsNlp.Extraction.Casualties;

namespace NewsNlp.Tests.Extraction.Casualties;

/// <summary>
/// Session 20 (helper <c>cas22p</c>, issue 19): the place of a casualty in wire bulletins without a dateline. A town's own
/// unit named after a saint or a city that other countries have too ("San Francisco neighborhood", "San Juan Bautista
/// municipality") gives its gazetteer country only when the article names that country elsewhere; a country's bare name
/// opening a bulletin in capitals, or before a noun of its state ("U.S. PRESIDENT ..."), is the sentence's subject, not a
/// dateline, while a city there still is; a place's name after a title or rank, or before a family name, is a surname ("GEN
/// MEDINA", "VALENCIA MARTINEZ"). Invented sentences only.
/// </summary>
public sealed class CasualtyPlaceWireTests
{
    private static readonly DateOnly Published1989 = new(1989, 11, 20);

    [Theory]
    // A local unit's name whose country the article names nowhere else says nothing; the story's own places decide.
    [InlineData("FMLN UNITS CLASHED WITH TROOPS IN USULUTAN YESTERDAY. ONE SOLDIER WAS KILLED IN SAN FRANCISCO NEIGHBORHOOD.", "SV", "RecentPlace")]
    [InlineData("TROOPS CLASHED WITH REBELS IN CHALATENANGO. LATER TWO SOLDIERS WERE INJURED AT SAN JOSE GUAYABAL JURISDICTION.", "SV", "RecentPlace")]
    [InlineData("SHINING PATH GUERRILLAS ATTACKED A POLICE POST IN AYACUCHO YESTERDAY. TODAY TWO PEOPLE WERE WOUNDED WHEN A BOMB EXPLODED IN SAN JUAN BAUTISTA MUNICIPALITY.", "PE", "RecentPlace")]
    [InlineData("Soldiers fought rebels north of San Salvador on Monday. Two farmers were wounded when a mine exploded in San Jose Guayabal municipality.", "SV", "RecentPlace")]
    // Kept: the city owns the unit ("neighborhood of"), or the article names the city's country.
    [InlineData("TWO POLICEMEN WERE KILLED IN THE SANTIAGO NEIGHBORHOOD OF PUDAHUEL.", "CL", "HarmLocative")]
    [InlineData("Costa Rica's police said two people were wounded in a shooting in San Jose canton.", "CR", "HarmLocative")]
    public void Place_LocalUnitsOfSharedNames(string text, string? country, string step)
    {
        (string? code, PlaceStep decided) = CasualtyPlaceProbe.Decide(text, null, Published1989);
        $"{code ?? "null"} {decided}".Should().Be($"{country ?? "null"} {step}");
    }

    [Theory]
    // A country's bare name opening a bulletin in capitals, or before a noun of its state, is no dateline.
    [InlineData("U.S. PRESIDENT GEORGE BUSH WILL VISIT COLOMBIA NEXT MONTH. COLOMBIAN DRUG LORDS HAVE SET OFF 200 BOMBS, KILLING AT LEAST 150 PEOPLE.", "CO", "MainCountry")]
    [InlineData("HONDURAS SENT TROOPS TO ITS BORDER AFTER GUERRILLAS ATTACKED A TOWN IN CHALATENANGO. FIVE SOLDIERS WERE KILLED.", "SV", "RecentPlace")]
    // Kept: a city opening a bulletin unmarked, a country set off, and a country opening mixed-case prose.
    [InlineData("SAO PAULO FEDERAL POLICE HAVE ARRESTED TWO DRUG TRAFFICKERS.", "BR", "Dateline")]
    [InlineData("HONDURAS, 12 MAR 89 -- FIVE SOLDIERS WERE KILLED IN AN AMBUSH.", "HN", "Dateline")]
    [InlineData("Pakistan will hunt the man who planned the abduction of two Chinese engineers.", "PK", "Dateline")]
    public void Place_BulletinOpenings(string text, string? country, string step)
    {
        (string? code, PlaceStep decided) = CasualtyPlaceProbe.Decide(text, null, Published1989);
        $"{code ?? "null"} {decided}".Should().Be($"{country ?? "null"} {step}");
    }

    [Theory]
    // A place's name after a title or rank, or before a family name, is a person's surname.
    [InlineData("GUERRILLAS ATTACKED A VILLAGE NEAR MEDELLIN YESTERDAY. THE FIRST REPORT GAVE 10 KILLED, BUT GEN MEDINA GIVES 12 KILLED.", "CO", "RecentPlace")]
    [InlineData("A car bomb exploded in Bogota on Friday. Four soldiers were killed, according to Colonel Valencia.", "CO", "RecentPlace")]
    [InlineData("A BOMB EXPLODED IN CALI. POLICE SAID THREE MEN WERE ARRESTED AT A HOUSE OWNED BY VALENCIA MARTINEZ.", "CO", "RecentPlace")]
    // Kept: the same names as places.
    [InlineData("Two people were killed in Valencia on Monday.", "ES", "HarmLocative")]
    [InlineData("Four pilgrims were killed in a bus crash near Medina.", "SA", "HarmLocative")]
    public void Place_SurnamesThatAreTowns(string text, string? country, string step)
    {
        (string? code, PlaceStep decided) = CasualtyPlaceProbe.Decide(text, null, Published1989);
        $"{code ?? "null"} {decided}".Should().Be($"{country ?? "null"} {step}");
    }
}
