namespace NewsNlp.Tests.Extraction.Casualties;

/// <summary>
/// Session 20 (helper <c>cas21</c>, issue 19): classes found, after the first read of the <c>dev17</c> batch, in seeded samples
/// of what the library did not report beyond it. One indefinite victim whose phrase goes on to its verb (a relative clause,
/// a participle, an of-phrase), as a counted subject's does; two victims of one joined by "and"; offices and professions as
/// person nouns; a comma list of single people closed by "and a ..."; an unnamed person who serves another, named by a
/// possessive ("the senator's driver"). Invented sentences only.
/// </summary>
public sealed class CasualtySession20Tests
{
    [Theory]
    // One victim's long subject: a relative clause, a participle, an of-phrase, after an introductory phrase.
    [InlineData("A police officer who tried to stop the robbers was slightly injured.", "injured:1:1:1:exact")]
    [InlineData("A soldier assigned to the northern brigade was killed by a sniper.", "killed:1:1:1:exact")]
    [InlineData("An aid worker employed by a Swiss charity has been taken hostage in the north.", "kidnapped:1:1:1:exact")]
    [InlineData("During the protest, a guard who tried to close the gate was wounded.", "injured:1:1:1:exact")]
    [InlineData("A man who was standing near the bus stop was killed by the blast.", "killed:1:1:1:exact")]
    // Not the victim: a speaker, an appositive of names, a clause after a comma, no casualty word, a relative's own object.
    [InlineData("A witness who saw the attack said three people were wounded.", "injured:3:3:3:exact")]
    [InlineData("John Smith and Mary Jones, a teacher at the school, have been killed.", "")]
    [InlineData("A guard fired shots at the car, and police believe the attackers, who fled, were wounded.", "")]
    [InlineData("A spokesman who visited the site was unhurt.", "")]
    [InlineData("A woman who lost her son in the war was honoured.", "")]
    // Two victims of one joined by "and": one item each.
    [InlineData("A man and a woman were wounded in the shooting.", "injured:1:1:1:exact; injured:1:1:1:exact")]
    [InlineData("An official from the bank and a prosecutor from the court were assassinated.", "killed:1:1:1:exact; killed:1:1:1:exact")]
    // Offices and professions as person nouns.
    [InlineData("A prosecutor was shot dead outside his office.", "killed:1:1:1:exact")]
    [InlineData("Rebels killed a university professor in the capital.", "killed:1:1:1:exact")]
    [InlineData("A bystander was hurt by flying debris.", "injured:1:1:1:exact")]
    [InlineData("A congressman was kidnapped on his way to work.", "kidnapped:1:1:1:exact")]
    // A list of single people after a verb or harm noun goes on past commas when it closes with "and a ..."; an appositive does not.
    [InlineData("Rebels killed a university professor, a policeman, and a pedestrian in the capital.", "killed:1:1:1:exact; killed:1:1:1:exact; killed:1:1:1:exact")]
    [InlineData("The kidnapping of a mayor, a judge, and a candidate was reported.", "kidnapped:1:1:1:exact; kidnapped:1:1:1:exact; kidnapped:1:1:1:exact")]
    [InlineData("Gunmen killed a man, a farmer from the village, on Sunday.", "killed:1:1:1:exact")]
    public void Counts_OneVictimPhrases(string sentence, string expected) =>
        CasualtyTestKit.Describe(sentence).Should().Be(expected);

    [Theory]
    // A possessive names one unnamed person who serves another; after "and" the clause's auxiliary is understood.
    [InlineData("The senator's driver was killed and his bodyguard wounded.", "killed:1:1:1:exact; injured:1:1:1:exact")]
    [InlineData("His chauffeur was seriously injured in the ambush.", "injured:1:1:1:exact")]
    [InlineData("The judge's driver and one of his bodyguards were killed.", "killed:1:1:1:exact; killed:1:1:1:exact")]
    // Not one victim: the whole of another count, a name in apposition, kin (named elsewhere), a speaker, no harm.
    [InlineData("Two members of his escort were killed.", "killed:2:2:2:exact")]
    [InlineData("His driver, a former soldier named Luis Ortega, was killed.", "")]
    [InlineData("Her husband was killed in the crash.", "")]
    [InlineData("His driver said two soldiers were wounded.", "injured:2:2:2:exact")]
    [InlineData("The company's secretary was appointed last week.", "")]
    public void Counts_PossessiveRetinue(string sentence, string expected) =>
        CasualtyTestKit.Describe(sentence).Should().Be(expected);
}
