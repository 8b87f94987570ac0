using NewsNlp.Extraction.Casualties;

namespace NewsNlp.Tests.Extraction.Casualties;

/// <summary>
/// Session 18 (helper <c>cas18</c>, issue 19): recall classes read off the development splits' misses and off a seeded
/// sample of news sentences with an arrest, kidnap, displacement or injury word and a count that the library did not
/// report. Captures whose captor no one names take their kind from the victims' side (capture-sides.tsv, armed groups of
/// the actor table); "another N" after a verb; a participle after a comma takes the clause's subject as captor; one
/// indefinite person captured; arrests "held in custody", "under detention"; "beaten and then arrested"; "the kidnapping by
/// militants of two engineers"; "the exodus of N refugees"; "injuries to a child"; "N cases of torture" in a list of
/// arrests; displaced people placed in the country they fled. Invented sentences only.
/// </summary>
public sealed class CasualtySession18Tests
{
    private static readonly DateOnly Published2004 = new(2004, 9, 1);

    [Theory]
    // A capture with no captor named: the victims' side says who took them (capture-sides.tsv).
    [InlineData("The army said 15 guerrillas were captured in the clash.", "arrested:15:15:15:exact")]
    [InlineData("The rebels said 25 soldiers were captured in the ambush.", "kidnapped:25:25:25:exact")]
    [InlineData("The police presented 27 alleged Shining Path members who were captured last week.", "arrested:27:27:27:exact")]
    [InlineData("We have captured 92 FMLN members in the eastern zone.", "arrested:92:92:92:exact")]
    [InlineData("A spokesman said 40 members of the FMLN (Farabundo Marti National Liberation Front) were captured.", "arrested:40:40:40:exact")]
    // Victims of no side, paramilitaries (on either side), things: nothing.
    [InlineData("The nation was shocked to hear that over 400 people were captured in the last month.", "")]
    [InlineData("During the week, two paramilitary members were captured.", "")]
    [InlineData("Rebels captured 3 towns and 40 villages.", "")]
    [InlineData("The prison is holding 300 guerrillas.", "")]
    // A named captor still decides: "seized by the government" names no captor of the list.
    [InlineData("Two Britons were seized by gunmen near the port.", "kidnapped:2:2:2:exact")]
    // A participle after a comma: the clause's subject is the captor.
    [InlineData("The army dismantled an urban network, capturing eight of its members.", "arrested:8:8:8:exact")]
    // One indefinite person captured, by a named captor or a side, also "another" one.
    [InlineData("Rebels captured a soldier near the border.", "kidnapped:1:1:1:exact")]
    [InlineData("Police captured a suspect in the capital.", "arrested:1:1:1:exact")]
    [InlineData("Guerrillas captured another engineer of the oil company.", "kidnapped:1:1:1:exact")]
    [InlineData("The company captured a big share of the market.", "")]
    // "another N" after a verb is a count of its own.
    [InlineData("The police arrested another four men yesterday.", "arrested:4:4:4:exact")]
    [InlineData("Troops rounded up another 40 suspects.", "arrested:40:40:40:exact")]
    // Arrest phrases that close a subject (arrest-phrases.txt).
    [InlineData("Three other bank officials are still being held in custody.", "arrested:3:3:3:exact")]
    [InlineData("Twelve suspects remain under detention.", "arrested:12:12:12:exact")]
    [InlineData("Three men died in police custody.", "killed:3:3:3:exact")]
    // "and then" / "and later" join acts in sequence; wounds that end in death are deaths.
    [InlineData("About 60 demonstrators were first brutally beaten and then arrested.", "arrested:60:-:-:approx")]
    [InlineData("Three people were wounded and later died in hospital.", "killed:3:3:3:exact")]
    // A harm noun's agent before its victims' "of"; only people count after an agent.
    [InlineData("Officials condemned the kidnapping by militants of two engineers.", "kidnapped:2:2:2:exact")]
    [InlineData("He was killed by the impact of three bullets.", "")]
    // "the exodus of N refugees" (harm-nominals, displaced-words).
    [InlineData("The exodus of more than 1.4 million refugees has overwhelmed the camps.", "displaced:1400000:1400000:-:exact")]
    // Injury nouns whose victims follow "to" (casualties/injury-object-nouns); new person nouns.
    [InlineData("Two bombs exploded, causing minor injuries to a child and a security guard.", "injured:1:1:1:exact; injured:1:1:1:exact")]
    [InlineData("The blast caused serious injuries to 12 people.", "injured:12:12:12:exact")]
    [InlineData("The crash caused injuries to his leg.", "")]
    [InlineData("The charges injured a passerby and damaged the building.", "injured:1:1:1:exact")]
    // A list item that counts incidents of another harm never takes the list's last casualty word.
    [InlineData("The group counted 4 murders, 9 cases of torture and 25 arbitrary arrests since August.", "killed:4:4:4:exact; arrested:25:25:25:exact")]
    public void Counts_Session18Classes(string sentence, string expected) =>
        CasualtyTestKit.Describe(sentence).Should().Be(expected);

    [Theory]
    // Displaced people are placed in the country they fled, not where they went.
    [InlineData("The exodus of more than 1.4 million refugees from Sudan has overwhelmed Chad.", null, "SD", "FledFrom")]
    [InlineData("About 5,000 people fled from Burundi into Tanzania last week.", null, "BI", "FledFrom")]
    [InlineData("The floods forced 20,000 villagers from their homes in Bangladesh.", null, "BD", "HarmLocative")]
    // The new arrests and captures are placed as other counts are.
    [InlineData("SAN SALVADOR - The army said it had captured 92 FMLN members in Morazan.", null, "SV", "HarmLocative")]
    [InlineData("LIMA - The police presented 27 alleged Shining Path members who were captured in Ayacucho.", null, "PE", "HarmLocative")]
    [InlineData("Rebels captured a soldier near the town of Ayacucho.", null, "PE", "HarmLocative")]
    [InlineData("Two bombs exploded in Bogota, causing minor injuries to a child.", null, "CO", "HarmLocative")]
    [InlineData("MANILA - Officials condemned the kidnapping by militants of two engineers in Pakistan.", null, "PK", "HarmLocative")]
    public void Place_Session18Classes(string text, string? title, string? country, string step)
    {
        (string? code, PlaceStep decided) = CasualtyPlaceProbe.Decide(text, title, Published2004);
        $"{code ?? "null"} {decided}".Should().Be($"{country ?? "null"} {step}");
    }
}
