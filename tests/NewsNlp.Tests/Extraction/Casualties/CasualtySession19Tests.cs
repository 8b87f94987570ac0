using NewsNlp.Extraction.Casualties;

namespace NewsNlp.Tests.Extraction.Casualties;

/// <summary>
/// Session 19 (helper <c>cas20</c>, issue 19): classes read off the first read of the <c>dev16</c> batch and seeded samples
/// of MUC-4 bulletins and arrests. Companions after "along with" that open with one person ("his son and 15 bodyguards");
/// corpse words joined by "and" ("charred and bloated bodies") and "corpses"; "hold"/"held" with a named captor; a claim's
/// "to" that reports a deed ("claimed to have kidnapped"); the capture noun, whose kind the victims' side gives; a single
/// wound sustained; a craft missing with people aboard; "captured 11 others"; a list of single people going on with a
/// comma before "N other(s)"; trades as person nouns. Invented sentences only.
/// </summary>
public sealed class CasualtySession19Tests
{
    private static readonly DateOnly Published2004 = new(2004, 10, 10);

    [Theory]
    // Companions: one person opening a list with counts; alone, or with no casualty word, nothing new.
    [InlineData("The trafficker was killed along with his son and 12 bodyguards in a raid.", "killed:1:1:1:exact; killed:12:12:12:exact")]
    [InlineData("The mayor died along with a driver and two police officers.", "killed:1:1:1:exact; killed:2:2:2:exact")]
    [InlineData("The mayor was killed along with his wife.", "")]
    [InlineData("The minister arrived along with his son and 12 bodyguards.", "")]
    // Corpse words joined by "and" or a comma; "corpses" as "bodies".
    [InlineData("At least 14 charred and mutilated bodies were found in a ditch.", "killed:14:14:-:exact")]
    [InlineData("Police found 9 decomposed, headless bodies near the road.", "killed:9:9:9:exact")]
    [InlineData("The corpses of six peasants were found on a farm.", "killed:6:6:6:exact")]
    [InlineData("Villagers buried 11 corpses on Sunday.", "killed:11:11:11:exact")]
    [InlineData("Six public and private bodies signed the accord.", "")]
    // Holding people: a named captor and a count of people; talks, shares and conferences are nothing.
    [InlineData("Gunmen who hold four aid workers demanded a ransom.", "kidnapped:4:4:4:exact")]
    [InlineData("Police held seven suspects after the blast.", "arrested:7:7:7:exact")]
    [InlineData("The rebels held two rounds of talks with the government.", "")]
    [InlineData("The investors hold 250,000 common shares.", "")]
    // A claim reports the deed; an intention or a threat stays hypothetical.
    [InlineData("A group that claimed to have kidnapped three engineers posted a video.", "kidnapped:3:3:3:exact")]
    [InlineData("Militants claiming to hold two drivers released a statement.", "kidnapped:2:2:2:exact")]
    [InlineData("Militants threatened to kidnap three engineers.", "")]
    // The capture noun: the victims' side gives the kind; people of no side give nothing.
    [InlineData("The raid led to the capture of 14 rebels in the hills.", "arrested:14:14:14:exact")]
    [InlineData("The ambush ended with the capture of 5 soldiers by the guerrillas.", "kidnapped:5:5:5:exact")]
    [InlineData("The capture of 300 people in the sweep angered the town.", "")]
    [InlineData("The capture of 40 percent of the market took a decade.", "")]
    // One wound sustained by one person.
    [InlineData("A police officer sustained a bullet wound in the clash.", "injured:1:1:1:exact")]
    [InlineData("A soldier suffered a gunshot wound near the base.", "injured:1:1:1:exact")]
    // A craft missing with people aboard; a crash says nothing of their fate.
    [InlineData("A fishing boat disappeared with nine fishermen on board.", "missing:9:9:9:exact")]
    [InlineData("The plane crashed with 53 passengers on board.", "")]
    // "captured N others" with a named captor.
    [InlineData("One rebel was captured on Monday, and troops captured 6 others in the valley.", "arrested:1:1:1:exact; arrested:6:6:6:exact")]
    // A list of single people going on with a comma before its "N other(s)" item.
    [InlineData("They were charged with the murder of Dr Ana Ruiz, four other doctors, and two nurses.", "killed:4:4:4:exact; killed:2:2:2:exact")]
    [InlineData("The firm hired John Smith, two other executives, and a lawyer.", "")]
    // Trades as person nouns for one victim.
    [InlineData("A baker was killed and a tailor was wounded in the blast.", "killed:1:1:1:exact; injured:1:1:1:exact")]
    public void Counts_Session19Classes(string sentence, string expected) =>
        CasualtyTestKit.Describe(sentence).Should().Be(expected);

    [Theory]
    // The new items are placed as other counts are (the companion list by the dateline: its evidence holds no place word).
    [InlineData("BOGOTA - The trafficker was killed along with his son and 12 bodyguards near Cartagena.", null, "CO", "Dateline")]
    [InlineData("At least 14 charred and bloated bodies were found in a basement in Najaf.", null, "IQ", "HarmLocative")]
    [InlineData("LIMA - The raid led to the capture of 14 rebels in Ayacucho.", null, "PE", "HarmLocative")]
    [InlineData("Militants claiming to hold three aid workers in Kabul met officials.", null, "AF", "HarmLocative")]
    [InlineData("A fishing boat disappeared with nine fishermen on board near Manila.", null, "PH", "HarmLocative")]
    public void Place_Session19Classes(string text, string? title, string? country, string step)
    {
        (string? code, PlaceStep decided) = CasualtyPlaceProbe.Decide(text, title, Published2004);
        $"{code ?? "null"} {decided}".Should().Be($"{country ?? "null"} {step}");
    }
}
