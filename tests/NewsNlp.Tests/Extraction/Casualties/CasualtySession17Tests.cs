using NewsNlp.Extraction.Casualties;

namespace NewsNlp.Tests.Extraction.Casualties;

/// <summary>
/// Session 17 (helper <c>cas17</c>, issue 19): classes read off the place errors of every development split and the first
/// read of dev13. Place: a region of several countries spreads a toll over them; a country after "bordering" or before a
/// border noun is the neighbour; a people's name before a non-state armed noun places the group at home, before a filing
/// dateline. Counts: compound number words written with a space, military clock times, "the injury of", "claimed one
/// life", "wound N others", a victim phrase between a verb and its "to death", a relative "that", a long subject closed by
/// "died", a quoted count. Invented sentences only.
/// </summary>
public sealed class CasualtySession17Tests
{
    private static readonly DateOnly Published2004 = new(2004, 9, 1);

    [Theory]
    // A region of several countries in the count's clause, nearer than any country: no one country.
    [InlineData("The hurricane headed for Florida after killing five people and flattening homes in the Caribbean.", null, null, "Spread")]
    [InlineData("The storm has killed at least 30 people as it swept across Central America and was heading for Mexico.", null, null, "Spread")]
    // A region before a noun of one place names that place's coast; an arrest is one state's act, never spread.
    [InlineData("BOGOTA - Bombs in the Caribbean port of Cartagena left two dead.", null, "CO", "Dateline")]
    [InlineData("SYDNEY, Australia - Police announced the arrest of a man accused of plotting attacks in Southeast Asia.", null, "AU", "SentencePlace")]
    // A country nearer the count than the region still places it.
    [InlineData("The storm killed four people in Haiti, the poorest country in the Caribbean.", null, "HT", "HarmLocative")]
    // A region after a comma is another clause's: the country still places the count.
    [InlineData("KINGSTON, Jamaica - The storm killed six people, the worst toll in the Caribbean this year.", null, "JM", "SentencePlace")]
    // A country after "bordering" or before a border noun is the neighbour of the place of harm.
    [InlineData("The Nigerian army killed 14 gunmen in a region bordering Cameroon, a spokesman said.", null, "NG", "MainCountry")]
    [InlineData("The Nigerian army killed 14 gunmen near the Cameroon border.", null, "NG", "MainCountry")]
    // A people's name before a non-state armed noun places the group at home, before a dateline of filing.
    [InlineData("PARIS - The government urged Iraqi militants to free two French engineers they were holding hostage.", "Hostage crisis in Iraq", "IQ", "ArmedGroup")]
    [InlineData("LONDON - Officials said Colombian kidnappers had seized 12 hostages.", null, "CO", "ArmedGroup")]
    // The victims' own people's name is no such agent: "the arrest of five Colombian guerrillas" ordered in Caracas.
    [InlineData("CARACAS - The ministry ordered the arrest of five Colombian guerrillas.", null, "VE", "Dateline")]
    // A state's own forces are no such group: the dateline still places the count.
    [InlineData("KABUL - U.S. troops killed three gunmen at a checkpoint.", null, "AF", "Dateline")]
    public void Place_Session17Classes(string text, string? title, string? country, string step)
    {
        (string? code, PlaceStep decided) = CasualtyPlaceProbe.Decide(text, title, Published2004);
        $"{code ?? "null"} {decided}".Should().Be($"{country ?? "null"} {step}");
    }

    [Theory]
    [InlineData("Three people died in a village bordering Cameroon.", "Neighbour")]
    [InlineData("Three people died near the Afghanistan border.", "Neighbour")]
    [InlineData("Three people died in Cameroon.", "Locative")]
    public void Role_Neighbour(string text, string role) =>
        CasualtyPlaceProbe.RoleOfFirstMention(text).Should().Be(role);

    [Theory]
    // A compound number word written with a space is one number (NumberReader).
    [InlineData("Forty one people were injured when a bus hit a truck.", "injured:41:41:41:exact")]
    [InlineData("Twenty five soldiers were killed in the ambush.", "killed:25:25:25:exact")]
    // Four bare digits after "at" before a comma or a day word are a time of day (clock-followers.txt).
    [InlineData("DURING FIGHTING YESTERDAY AT 1300, FOUR SOLDIERS WERE KILLED.", "killed:4:4:4:exact")]
    [InlineData("AT 0200 TODAY 12 PEOPLE WERE KILLED IN AN AMBUSH.", "killed:12:12:12:exact")]
    [InlineData("The toll stood at 1300 dead after the quake.", "killed:1300:1300:1300:exact")]
    // "the injury of" (harm-nominals, injured-words).
    [InlineData("A bomb wrecked the station, resulting in the injury of nine people.", "injured:9:9:9:exact")]
    [InlineData("The striker missed the final with a knee injury.", "")]
    // "claimed one life": the singular closes a count of one only.
    [InlineData("The fire claimed at least one life.", "killed:1:1:-:exact")]
    [InlineData("The reform will change one life at a time.", "")]
    // Present "wound" before its count (count-before).
    [InlineData("Shells kill two people and wound 18 others.", "killed:2:2:2:exact; injured:18:18:18:exact")]
    // A victim phrase between a verb of a killing phrase and its "to death" (death-manner-verbs.txt).
    [InlineData("A man broke into a dormitory and stabbed six children to death.", "killed:6:6:6:exact")]
    [InlineData("Militiamen hacked 12 villagers to death with machetes.", "killed:12:12:12:exact")]
    [InlineData("The team beat 3 rivals in the final.", "")]
    // "that" right after the victims and before an auxiliary opens a relative clause about them, as "who" does.
    [InlineData("Two civilians that were passing by were hurt by the blast.", "injured:2:2:2:exact")]
    [InlineData("Police said that two men were killed.", "killed:2:2:2:exact")]
    // A verb that takes no object closes a long subject without an auxiliary (intransitive-casualty-verbs.txt).
    [InlineData("SIX GUERRILLAS OF A STILL UNIDENTIFIED GROUP DIED TODAY IN A CLASH WITH TROOPS.", "killed:6:6:6:exact")]
    [InlineData("Six members of the group killed three soldiers.", "killed:3:3:3:exact")]
    // Not across another clause's verb or relative pronoun, nor across an aside of ages.
    [InlineData("Four soldiers are charged with the murder of an Iraqi general who died in custody.", "killed:1:1:1:exact")]
    [InlineData("TWO SMALL CHILDREN -- 4- YEARS OLD AND 1- YEAR OLD -- DIED AS A RESULT OF THE ATTACK.", "")]
    // A single victim joined to a count of people shares its verb.
    [InlineData("A man and two women were shot dead by troops.", "killed:1:1:1:exact; killed:2:2:2:exact")]
    [InlineData("A gunman and two accomplices killed three guards.", "killed:3:3:3:exact")]
    // A displacing verb's object with a closing phrase is displaced (displacing-verbs.txt, displacement-closings.txt).
    [InlineData("The fighting forced 5,000 people from their homes.", "displaced:5000:5000:5000:exact")]
    [InlineData("The floods drove 20,000 villagers from their villages.", "displaced:20000:20000:20000:exact")]
    [InlineData("The company forced 40 workers to resign.", "")]
    // A quoted count is still the verb's object.
    [InlineData("THE FRONT SAID IT KILLED A SOLDIER AND WOUNDED \"THREE OR FOUR MORE\" DURING AN ATTACK.", "killed:1:1:1:exact; injured:3:3:4:exact")]
    public void Counts_Session17Classes(string sentence, string expected) =>
        CasualtyTestKit.Describe(sentence).Should().Be(expected);
}
