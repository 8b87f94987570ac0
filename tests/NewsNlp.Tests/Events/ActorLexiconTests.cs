using NewsNlp.Events;
using NewsNlp.Text;

namespace NewsNlp.Tests.Events;

public sealed class ActorLexiconTests
{
    private static string[] Find(string text)
    {
        var found = new List<ActorMention>();
        ActorLexicon.Default.Find(EventFacts.Document(text), found);
        return [.. found.Select(m => m.Code)];
    }

    private static readonly NewsExtractor Extractor = NewsExtractor.Create();

    private static string Describe(EventRecord e) => $"{e.Type} {string.Join(",", e.Actors)}>{string.Join(",", e.Targets)}";

    [Theory]
    // Armed groups of the Latin American wars of the 1980s, by acronym and by full name.
    [InlineData("FMLN guerrillas attacked an army post.", "FMLN")]
    [InlineData("The Farabundo Marti National Liberation Front denied it.", "FMLN")]
    [InlineData("The Shining Path and the Tupac Amaru Revolutionary Movement claimed the bombings.", "Shining Path,MRTA")]
    [InlineData("Contra rebels blew up a pylon.", "Contras")]
    // A bulletin written in capitals: the full name matches whatever its case.
    [InlineData("IN ADDITION, FARABUNDO MARTI NATIONAL LIBERATION FRONT FIGHTERS ATTACKED THE TROOPS.", "FMLN")]
    [InlineData("THE TAMIL TIGERS ATTACKED AN ARMY CAMP.", "LTTE")]
    // In ordinary text a name must keep its capitals: "contras" in lower case or "Tamil tigers" is no match.
    [InlineData("The bank's contras and the Tamil tigers of the zoo.", "")]
    // A capitalised word alone among lower-case words is no bulletin ("AMAL" stands for something else).
    [InlineData("The AMAL index rose.", "")]
    public void Finds_armed_groups_and_bodies(string text, string expected) =>
        string.Join(",", Find(text)).Should().Be(expected);

    [Theory]
    // An armed group acting on a state's forces is a strike with the group as actor (the whole pipeline, for the countries).
    [InlineData("IN ADDITION, FARABUNDO MARTI NATIONAL LIBERATION FRONT FIGHTERS ATTACKED BELLOSO BATTALION TROOPS IN EL SALVADOR.", "strike FMLN>SV")]
    [InlineData("Tamil Tigers attacked an army camp in Sri Lanka on Monday.", "strike LTTE>LK")]
    public void Armed_groups_act_in_events(string text, string expected)
    {
        Extractor.Extract(text, new ArticleContext { Published = new DateOnly(1989, 11, 12) }).Events.Select(Describe).Should().Contain(expected);
    }
}
