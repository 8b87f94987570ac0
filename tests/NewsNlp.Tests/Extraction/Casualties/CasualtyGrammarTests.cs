namespace NewsNlp.Tests.Extraction.Casualties;

/// <summary>The patterns of issue 19, one invented sentence per row (never copied from any data).</summary>
public sealed class CasualtyGrammarTests
{
    [Theory]
    // 1. Long victim phrases: coordination, of-phrases, participles and relative clauses up to the verb.
    [InlineData("Fourteen members of the security forces and militiamen loyal to them were killed on Sunday.", "killed:14:14:14:exact")]
    [InlineData("Two guards who were escorting the convoy were wounded in the ambush.", "injured:2:2:2:exact")]
    [InlineData("Nine passengers travelling on the night bus to the capital were injured.", "injured:9:9:9:exact")]
    // 2. Verbs and nouns: executions, massacres, toll updates, "among the casualties".
    [InlineData("Soldiers executed 12 prisoners at dawn.", "killed:12:12:12:exact")]
    [InlineData("Gunmen massacred 30 villagers near the river.", "killed:30:30:30:exact")]
    [InlineData("Eleven farmers were slaughtered in the raid.", "killed:11:11:11:exact")]
    [InlineData("The new attack raises to more than 40 the number of dead.", "killed:40:40:-:exact")]
    [InlineData("By evening the number of dead had risen to 17.", "killed:17:17:17:exact")]
    [InlineData("Twenty commanders were among the casualties.", "killed:20:20:20:exact; injured:20:20:20:exact")]
    [InlineData("The death toll climbed to 52 on Monday.", "killed:52:52:52:exact")]
    [InlineData("Residents mourned the killing of three teachers.", "killed:3:3:3:exact")]
    [InlineData("The union protested against the arrest of 12 dockers.", "arrested:12:12:12:exact")]
    [InlineData("The row began with the arrest of a foreign diplomat.", "arrested:1:1:1:exact")]
    [InlineData("The ferry sank with the loss of nearly 400 lives.", "killed:400:-:400:approx")]
    [InlineData("A sailor died when the boat capsized.", "killed:1:1:1:exact")]
    [InlineData("Police blamed the rebels for 31 assassinations.", "killed:31:31:31:exact")]
    // 3. Joined kinds.
    [InlineData("The bombers struck the market, killing and injuring at least 30 people.", "killed:30:30:-:exact; injured:30:30:-:exact")]
    [InlineData("Medics counted 30 dead or wounded after the shelling.", "killed:30:30:30:exact; injured:30:30:30:exact")]
    // 4. Displaced and arrested counts; injured after killed.
    [InlineData("Two million people fled their homes during the fighting.", "displaced:2000000:2000000:2000000:exact")]
    [InlineData("About 400 residents were evacuated from their homes as the river rose.", "displaced:400:-:-:approx")]
    [InlineData("Police detained 75 protesters in the square.", "arrested:75:75:75:exact")]
    [InlineData("The blast killed 12 people and 30 others were injured.", "killed:12:12:12:exact; injured:30:30:30:exact")]
    public void Extract_IssuePattern_FindsCounts(string sentence, string expected) =>
        CasualtyTestKit.Describe(sentence).Should().Be(expected);

    [Theory]
    // 5. Units that are not people, and zero counts.
    [InlineData("Two families were displaced by the floods.")]
    [InlineData("The tanker of 460,000 dead weight tons sank off the coast.")]
    [InlineData("She chairs one of five research bodies.")]
    [InlineData("There were 0 casualties in the drill.")]
    [InlineData("No casualties were reported after the tremor.")]
    [InlineData("Nobody was hurt when the wall collapsed.")]
    [InlineData("The family was among 300 passengers evacuated from the cruise ship.")]
    [InlineData("Farmers protested the killing of 2,000 pigs.")]
    public void Extract_NotPeopleOrZero_FindsNothing(string sentence) =>
        CasualtyTestKit.Describe(sentence).Should().BeEmpty();

    [Theory]
    // 6. Scope: worldwide, cumulative national and historical totals are not one event.
    [InlineData("The global toll passed 4,600 on Friday.", "global")]
    [InlineData("Some 500 people have been killed in the south since January.", "national")]
    [InlineData("About 900 people have been killed so far this year.", "national")]
    [InlineData("Rebels have killed 3,000 soldiers in the past three years.", "national")]
    [InlineData("More than 60 million people died in World War Two.", "historical")]
    [InlineData("Four people were killed in the explosion on Tuesday.", "event")]
    [InlineData("Six soldiers were killed over the past 24 hours.", "event")]
    public void Extract_Scope_FollowsThePeriod(string sentence, string scope) =>
        CasualtyTestKit.Extract(sentence).Should().ContainSingle().Which.Scope.Should().Be(scope);

    [Theory]
    // 7. Country of a casualty: a city or region gives its country; nothing known stays null.
    [InlineData("Three people died in a bus crash in Florida.", "US")]
    [InlineData("Five soldiers were killed near Kandahar.", "AF")]
    [InlineData("Two Americans were killed in Gaza.", "PS")]
    [InlineData("Three people died in a bus crash.", null)]
    [InlineData("A boat carrying Indonesian migrants sank off the coast of Malaysia, killing 15 people.", "MY")] // "coast of" places the harm; the nationality yields
    [InlineData("Four miners died in a fire at a copper mine in Quebec.", "CA")] // a province the gazetteer knows
    [InlineData("Two guards were killed on the outskirts of Medellin.", "CO")]
    public void Extract_Country_FromThePlace(string sentence, string? country) =>
        CasualtyTestKit.Extract(sentence).Should().ContainSingle().Which.Country.Should().Be(country);
}
