using NewsNlp.Extraction.Casualties;

namespace NewsNlp.Tests.Extraction.Casualties;

/// <summary>
/// The place policy of the casualty stage (<see cref="CasualtyPlaces"/>, steps in <see cref="PlaceStep"/>): one or more
/// invented articles per step (never copied from any data), each checking the country and the step that decided it.
/// The steps run in order, so each row also shows that the steps before it let it pass. Each row is about its last count.
/// </summary>
public sealed class CasualtyPlacePolicyTests
{
    private static readonly DateOnly Published1989 = new(1989, 12, 1);

    [Theory]
    // Border: a state's own troops on a border of two states fall on its side.
    [InlineData("Three Egyptian soldiers were killed on the border between the two countries.", "EG", "Border")]
    [InlineData("Five Bahraini soldiers were killed on the Saudi-Yemeni border.", null, "Border")]
    // WhereClause: the place a "where" clause refers back to, even after a where-word of another country.
    [InlineData("The storm reached Cuba after crossing Haiti, where it killed nine people.", "HT", "WhereClause")]
    // HarmLocative: a where-word's place; a city followed by its department takes the department's country.
    [InlineData("Two aid workers from Norway were killed in Kandahar.", "AF", "HarmLocative")]
    [InlineData("Two guerrillas were killed near Santo Domingo, Cauca Department.", "CO", "HarmLocative")]
    [InlineData("Security forces detained three suspects in Copiapo.", "CL", "HarmLocative")]
    [InlineData("Two soldiers died in fighting in the Corinto area, Morazan Department.", "SV", "HarmLocative")]
    [InlineData("Police said 11 people were hurt in the Peruvian port of Callao.", "PE", "HarmLocative")]
    // A destination, and the places chained to it, are no place of harm: nothing else known stays null.
    [InlineData("The crash killed 40 passengers who were travelling to Lima and Miami in the United States.", null, "Unknown")]
    // The venue of another act is no place of harm: the government's people say where.
    [InlineData("The war, which has claimed 5,000 lives, ended when the Angolan government signed an accord in Geneva.", "AO", "StateOrgan")]
    // SentencePlace: a place the sentence names beats the dateline.
    [InlineData("NEW YORK, May 2 - A cyclone struck Bangladesh, killing 300 people.", "BD", "SentencePlace")]
    // Dateline: a place set off at the start; prose that opens with a country name is none (else COLOMBIA, named again, would win).
    [InlineData("MANILA, May 2 - Gunmen killed four soldiers.", "PH", "Dateline")]
    [InlineData("A NEW RIFT OPENED BETWEEN COLOMBIA AND VENEZUELA AFTER VENEZUELAN TROOPS KILLED 14 FISHERMEN IN A VENEZUELAN RAID.", "VE", "SentencePlace")]
    // A people's name before a border names the neighbour, not where.
    [InlineData("ISLAMABAD, May 2 - Afghan jets killed 22 people in a raid on a Pakistani village near the Afghan border.", "PK", "Dateline")]
    // StateOrgan: a government, president or police of the sentence acts at home.
    [InlineData("The Mexican narcotics police said they had arrested 200 traffickers.", "MX", "StateOrgan")]
    // RecentPlace: where an earlier sentence says things happened, not the victims' nationality.
    [InlineData("A bomb went off under a bus in the Peruvian port of Callao. Sixteen Soviet sailors were injured.", "PE", "RecentPlace")]
    [InlineData("Rebels ambushed a convoy on the coast road, Usulutan Department. Six soldiers were wounded.", "SV", "RecentPlace")]
    // A station named after a city is no place; a broadcast "monitored in London" is the venue of another act.
    [InlineData("An Abu Dhabi TV crew filmed a market of Mokha, Yemen, after a bomb. Five civilians died, Yemeni officials said.", "YE", "MainCountry")]
    [InlineData("Iranian troops attacked in the mountains of northern Iraq. The radio, monitored by the BBC in London, said 2,000 "
        + "Iraqi troops were killed.", "IQ", "RecentPlace")]
    // EarlierPlace: a where-word's place however far back, not a destination nor a nationality.
    [InlineData("A cargo plane crashed on houses in Guatemala City. Its crew were American citizens hired to fly it to Miami. "
        + "Firemen said 12 houses burned. The pilot had tried to land on an empty lot. A spokesman said 15 people died.", "GT", "EarlierPlace")]
    // ArmedVictims: armed victims' own country once the article has said nothing of where.
    [InlineData("THE U.S. INVASION RESULTED IN THE DEATHS OF 300 PANAMANIAN SOLDIERS.", "PA", "ArmedVictims")]
    // ArticleArmedGroup: the armed group the article names; the city of a meeting is a venue.
    [InlineData("The FMLN will not attend the Caracas meeting. More than 30 of its members were detained.", "SV", "ArticleArmedGroup")]
    // MainCountry: the country the article names most; an earlier bare country name is an actor, an embassy stands abroad.
    [InlineData("Honduran workers marched against U.S. troops. The Honduran unions met. The United States sets the policy, not the "
        + "Honduran government, a leader said. He condemned the disappearance of 100 people.", "HN", "MainCountry")]
    [InlineData("The Peruvian embassy received threats. The Peruvian ambassador asked Panama for guards. Two guards were wounded.", "PA", "MainCountry")]
    [InlineData("Two Americans were wounded.", "US", "MainCountry")]
    // A dateline that only says where the story was filed is no context either ("in the republic of Georgia" is where).
    [InlineData("MOSCOW, May 2 - Floods have killed 90 people this year in the Soviet republic of Georgia, a daily said. "
        + "Some 16,000 people were left homeless.", "GE", "RecentPlace", "Georgian Floods Bring Deaths")]
    public void Place_FollowsThePolicy(string text, string? country, string step, string? title = null)
    {
        (string? code, PlaceStep decided) = Decide(text, title);
        code.Should().Be(country);
        decided.ToString().Should().Be(step);
    }

    [Fact]
    public void Place_Headline_BeforeTheVictimsNationality()
    {
        (string? code, PlaceStep step) = Decide("Two American soldiers were killed in separate bombings, the U.S. military said.", "Two Soldiers Killed in Iraq Bombings");
        code.Should().Be("IQ");
        step.Should().Be(PlaceStep.Headline);
    }

    private static (string? Code, PlaceStep Step) Decide(string text, string? title) => CasualtyPlaceProbe.Decide(text, title, Published1989);
}
