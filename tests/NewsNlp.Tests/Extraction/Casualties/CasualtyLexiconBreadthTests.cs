namespace NewsNlp.Tests.Extraction.Casualties;

/// <summary>
/// Common harm wordings outside the lexicon before session 16 (issue 19): found by a battery of invented sentences in the
/// ordinary phrasings of wire news, not by one batch's misses. Each row names the word or phrase file it tests. Invented
/// sentences only.
/// </summary>
public sealed class CasualtyLexiconBreadthTests
{
    [Theory]
    // killed-words, count-after: deaths by current and by lack of air.
    [InlineData("Twelve people were electrocuted when a power line fell on a bus.", "killed:12:12:12:exact")]
    [InlineData("Three miners suffocated after a gas leak in the pit.", "killed:3:3:3:exact")]
    [InlineData("Four workers were asphyxiated in the tank.", "killed:4:4:4:exact")]
    // killing-phrases: dying later of wounds.
    [InlineData("Five more people succumbed to their injuries on Monday.", "killed:5:5:5:exact")]
    [InlineData("Two of the guards later succumbed to their wounds.", "killed:2:2:2:exact")]
    // TollCounts: a running number's victims are the phrase before its casualty word, a person noun or not, but never things.
    [InlineData("The number of union members murdered has risen to 10 since March.", "killed:10:10:10:exact")]
    [InlineData("The number of party members killed rose to 25.", "killed:25:25:25:exact")]
    [InlineData("The number of cattle killed rose to 300.", "")]
    public void Deaths(string sentence, string expected) =>
        CasualtyTestKit.Describe(sentence).Should().Be(expected);

    [Theory]
    // injury-phrases: what hit them, and hospital admissions.
    [InlineData("Four soldiers were hit by shrapnel when a shell landed in the camp.", "injured:4:4:4:exact")]
    [InlineData("One of the boys was hit by some shrapnel but is recovering.", "injured:1:1:1:exact")]
    [InlineData("Nine students were cut by flying glass.", "injured:9:9:9:exact")]
    [InlineData("Two bystanders were hit by stray bullets.", "injured:2:2:2:exact")]
    [InlineData("Six passengers were taken to hospital after the train derailed.", "injured:6:6:6:exact")]
    [InlineData("One man was admitted to hospital in serious condition.", "injured:1:1:1:exact")]
    // A hospital phrase with no count of people, or a hit that is no person's: nothing.
    [InlineData("The minister was taken to hospital on Friday.", "")]
    [InlineData("Three buildings were hit by shrapnel.", "")]
    public void Injuries(string sentence, string expected) =>
        CasualtyTestKit.Describe(sentence).Should().Be(expected);

    [Theory]
    // "needed hospital treatment" (injury-phrases).
    [InlineData("Some 30 people needed hospital treatment after the clashes.", "injured:30:-:-:approx")]
    // missing-phrases; "as" after "reported" or "listed", "gone" and "went" before "missing" (auxiliaries).
    [InlineData("Six climbers have gone missing on the mountain.", "missing:6:6:6:exact")]
    [InlineData("Two fishermen went missing off the coast.", "missing:2:2:2:exact")]
    [InlineData("Eleven sailors were lost at sea when the trawler sank.", "missing:11:11:11:exact")]
    [InlineData("So far, one person is reported as missing.", "missing:1:1:1:exact")]
    [InlineData("Seven climbers are listed as missing.", "missing:7:7:7:exact")]
    // kidnapped-words, count-before and count-after: "snatched"; captors.tsv: assailants and attackers capture too.
    [InlineData("Gunmen snatched two aid workers from their car.", "kidnapped:2:2:2:exact")]
    [InlineData("Three children were snatched from a school bus.", "kidnapped:3:3:3:exact")]
    [InlineData("Four truck drivers were seized by assailants near the border.", "kidnapped:4:4:4:exact")]
    [InlineData("Attackers seized two engineers at the plant.", "kidnapped:2:2:2:exact")]
    // arrested-words: "apprehended"; captors.tsv: commandos and gendarmes arrest.
    [InlineData("Police apprehended 25 suspects after the riot.", "arrested:25:25:25:exact")]
    [InlineData("Nine men were apprehended at the port.", "arrested:9:9:9:exact")]
    [InlineData("Gendarmes captured six smugglers in the hills.", "arrested:6:6:6:exact")]
    // Things snatched or seized are no people.
    [InlineData("The home side snatched three points in the last minute.", "")]
    [InlineData("Customs officers seized 40 tonnes of cocaine.", "")]
    public void MissingKidnappedArrested(string sentence, string expected) =>
        CasualtyTestKit.Describe(sentence).Should().Be(expected);

    [Theory]
    // displacement-phrases and the present forms of "flee" (displaced-words).
    [InlineData("Some 5,000 people were forced to flee their homes after the fighting.", "displaced:5000:-:-:approx")]
    [InlineData("More than 10,000 villagers have been driven from their homes.", "displaced:10000:10000:-:exact")]
    [InlineData("Over one million people had to leave the country.", "displaced:1000000:1000000:-:exact")]
    [InlineData("About 2,000 residents flee the rising water.", "displaced:2000:-:-:approx")]
    // adjective-casualty-words: "homeless" before the victims' noun.
    [InlineData("Aid reached the 30,000 homeless villagers on Sunday.", "displaced:30000:30000:30000:exact")]
    // A getaway is no displacement; families are no count of people.
    [InlineData("Two robbers flee the scene in a stolen car.", "")]
    [InlineData("The floods left 2,000 families homeless.", "")]
    public void Displacement(string sentence, string expected) =>
        CasualtyTestKit.Describe(sentence).Should().Be(expected);
}
