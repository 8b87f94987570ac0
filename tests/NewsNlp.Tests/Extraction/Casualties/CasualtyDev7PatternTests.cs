namespace NewsNlp.Tests.Extraction.Casualties;

/// <summary>
/// Patterns read off the misses of the dev7 split of the casualty set (a fresh blind sample weighted to the
/// report half's weak sources and kinds, scored once before any rule was changed), one invented sentence per
/// row (never copied from any data): each row is a pattern, not a sentence of the set.
/// </summary>
public sealed class CasualtyDev7PatternTests
{
    private static readonly DateOnly Published1989 = new(1989, 11, 20);

    [Theory]
    // "killed N soldiers, wounded M, and captured K": the captured are taken by the other side, kidnapped when
    // the list's victims are state forces, arrested when they are fighters; only this coordination counts.
    [InlineData("The rebels said they killed 12 soldiers, wounded 8, and captured 5 near the dam.", "killed:12:12:12:exact; injured:8:8:8:exact; kidnapped:5:5:5:exact")]
    [InlineData("Troops killed 9 guerrillas, wounded 4 and captured 3 in the hills.", "killed:9:9:9:exact; injured:4:4:4:exact; arrested:3:3:3:exact")]
    [InlineData("The army captured 3 towns last week.", "")]
    // "sent N to hospital" is an injured count beside a killed or injured count, not on its own.
    [InlineData("The blaze killed two workers and sent 14 others to hospital.", "killed:2:2:2:exact; injured:14:14:14:exact")]
    [InlineData("A gas leak killed one and sent 9 to the hospital.", "killed:1:1:1:exact; injured:9:9:9:exact")]
    [InlineData("The flu sent 200 people to hospital this winter.", "")]
    // "none of the N ... was hurt": no one was.
    [InlineData("A shell hit the school, but none of the 30 pupils and 200 refugees there was hurt.", "")]
    // "the N other wounded <people>" opening a clause refers back to victims already counted.
    [InlineData("The two other wounded nurses are a Canadian and a Briton.", "")]
    // "N dead bodies" are the dead, like "N bodies".
    [InlineData("Villagers said four dead bodies were left in the chapel.", "killed:4:4:4:exact")]
    [InlineData("The budget of five research bodies was cut.", "")]
    // A count before an active casualty verb is its agents when a title opens the object, or after an appositive.
    [InlineData("Three gunmen, all wearing hoods, murdered mayor Juan Perez in his office.", "")]
    [InlineData("Two gunmen killed judge Carlos Ruiz outside the court.", "")]
    [InlineData("Two gunmen, both masked, killed 12 people in the market.", "killed:12:12:12:exact")]
    // A partitive whose whole carries a relative clause counts the whole, however far the main verb.
    [InlineData("One of the two engineers who were kidnapped near the border in the north of the province last week has been released.", "kidnapped:2:2:2:exact")]
    // After a definite or named first object, "and N other ...", "and N others", "and N of his ..." count more victims.
    [InlineData("Gunmen killed the mayor and three other people.", "killed:3:3:3:exact")]
    [InlineData("Gunmen kidnapped student leader Juan Perez and two other students.", "kidnapped:2:2:2:exact")]
    [InlineData("Guerrillas kidnapped a businessman and two of his employees.", "kidnapped:1:1:1:exact; kidnapped:2:2:2:exact")]
    [InlineData("Gunmen killed the mayor and two others.", "killed:2:2:2:exact")]
    [InlineData("Police arrested the mayor and 3 aides were questioned.", "")]
    [InlineData("Gunmen opened fire on the bus, killing the driver and four passengers.", "killed:4:4:4:exact")]
    // "the wounding of N", like "the death of N".
    [InlineData("The attack resulted in the death of three soldiers and the wounding of five others.", "killed:3:3:3:exact; injured:5:5:5:exact")]
    // Commandos are people: the treasury police captured them.
    [InlineData("The treasury police captured three urban commandos in the capital.", "arrested:3:3:3:exact")]
    public void Extract_Pattern(string sentence, string expected) =>
        CasualtyTestKit.Describe(sentence).Should().Be(expected);

    [Theory]
    // A bare count after a casualty verb that goes on a list takes the group just named.
    [InlineData("The rebels said they killed 12 soldiers, wounded 8, and captured 5.", "soldiers")]
    // Peacekeepers are soldiers; activists are a group.
    [InlineData("A roadside bomb injured six peacekeepers.", "soldiers")]
    [InlineData("Police arrested 12 activists at the rally.", "activists")]
    public void Extract_Group(string sentence, string group) =>
        CasualtyTestKit.Extract(sentence).Last().Groups.Should().Equal(group);

    [Theory]
    // A superlative before "since 1981" or "in eight months" compares; it is no period of a running total.
    [InlineData("The offensive, the biggest since 1981, has already left 139 dead.", "event")]
    [InlineData("A bomber killed 10 people in the deadliest attack in eight months.", "event")]
    [InlineData("More than 900 party members have been killed since 1985.", "national")]
    [InlineData("About 300 people have been killed in the past eight months.", "national")]
    public void Extract_Scope(string sentence, string scope) =>
        CasualtyTestKit.Extract(sentence, published: Published1989).Should().ContainSingle().Which.Scope.Should().Be(scope);
}
