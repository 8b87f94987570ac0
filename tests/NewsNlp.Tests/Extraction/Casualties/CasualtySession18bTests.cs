using NewsNlp.Extraction.Casualties;

namespace NewsNlp.Tests.Extraction.Casualties;

/// <summary>
/// Session 18 (helper <c>cas18b</c>, issue 19): killed, injured and kidnapping recall classes read off the development
/// splits' misses and a seeded sample of news sentences the library reported nothing for. An indefinite person joined to a
/// reflexive or definite object ("killed himself and a girl"); "him"/"her" after a casualty verb standing for the nearest
/// person named before, one victim when that person is indefinite; a casualty phrase's first word ends the victims' phrase
/// ("a man bled to death"); "the death of one of its soldiers" when the partitive's whole is a victim group; "and N
/// other(s)" after a list of single people; a quoted verb's object; ranks ("a noncommissioned officer"). Invented
/// sentences only.
/// </summary>
public sealed class CasualtySession18bTests
{
    private static readonly DateOnly Published2004 = new(2004, 9, 1);

    [Theory]
    // An indefinite person after a reflexive or definite object and "and", closing the clause.
    [InlineData("A suicide bomber killed himself and a policeman at the gate.", "killed:1:1:1:exact")]
    [InlineData("A bomber with grenades strapped to his body killed himself and a young girl in the market.", "killed:1:1:1:exact")]
    [InlineData("The gunmen killed the mayor and a bodyguard on Sunday.", "killed:1:1:1:exact")]
    [InlineData("The gunmen killed the mayor and a bodyguard escaped.", "")]
    [InlineData("The wounded include a child and a woman.", "")]
    // "him"/"her" for the nearest person before it: one victim when indefinite; definite, named or possessive gives nothing.
    [InlineData("A soldier fired at a civilian woman in the village, wounding her in the head.", "injured:1:1:1:exact")]
    [InlineData("Militants threatened to behead a journalist after kidnapping him outside the hotel.", "kidnapped:1:1:1:exact")]
    [InlineData("Gunmen ambushed a policeman near Lima and killed him.", "killed:1:1:1:exact")]
    [InlineData("A gunman shot the mayor in the square, killing him.", "")]
    [InlineData("Gunmen ambushed Senator Jones near the border, killing him.", "")]
    [InlineData("A gunman opened fire, wounding him.", "")]
    [InlineData("Rebels killed her husband in the village.", "")]
    // A casualty phrase's first word is its verb, not part of the victims' phrase (killing-phrases.txt).
    [InlineData("A man bled to death after the attack.", "killed:1:1:1:exact")]
    [InlineData("Two young fishermen bled to death on the boat.", "killed:2:2:2:exact")]
    // The singular "death of one of" counts when the whole is a victim group; founders and directors die of old age.
    [InlineData("The army reported the death of one of its soldiers during fighting.", "killed:1:1:1:exact")]
    [InlineData("The company announced the death of one of its founders.", "")]
    // A list of single people, commas between, then "and N other(s)"; a quoted verb's object after its closing quote.
    [InlineData("They are linked to the murder of Dr Juan Ortiz, his wife, and two other people who were with them.", "killed:2:2:2:exact")]
    [InlineData("Gunmen killed the mayor, his driver, and three other officials in the town.", "killed:3:3:3:exact")]
    [InlineData("Gunmen killed the mayor, police said, and two others were wounded.", "injured:2:2:2:exact")]
    [InlineData("The leader accused the army of \"murdering\" party leader Juan Ortiz and two other party supporters.", "killed:2:2:2:exact")]
    // A rank's -ed modifier stays inside the victims' phrase (phrase-participles.txt).
    [InlineData("Rebels attacked a police base, killing a noncommissioned officer.", "killed:1:1:1:exact")]
    [InlineData("A NONCOMMISSIONED OFFICER AND SEVEN POLICEMEN WERE KILLED IN THE AMBUSH.", "killed:1:1:1:exact; killed:7:7:7:exact")]
    public void Counts_Session18bClasses(string sentence, string expected) =>
        CasualtyTestKit.Describe(sentence).Should().Be(expected);

    [Theory]
    [InlineData("KABUL - A suicide bomber killed himself and a policeman on a busy street in Kabul.", null, "AF", "HarmLocative")]
    [InlineData("A soldier fired at a civilian woman in La Paz, wounding her in the head.", null, "BO", "HarmLocative")]
    [InlineData("The army reported the death of one of its soldiers during fighting in Chalatenango.", null, "SV", "HarmLocative")]
    public void Place_Session18bClasses(string text, string? title, string? country, string step)
    {
        (string? code, PlaceStep decided) = CasualtyPlaceProbe.Decide(text, title, Published2004);
        $"{code ?? "null"} {decided}".Should().Be($"{country ?? "null"} {step}");
    }
}
