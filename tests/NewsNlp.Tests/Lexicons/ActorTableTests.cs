using NewsNlp.Lexicons;

namespace NewsNlp.Tests.Lexicons;

/// <summary>The one table of actors beyond states, read by the event stage (parties) and the casualty stage (homes).</summary>
public sealed class ActorTableTests
{
    [Fact]
    public void Default_Rows_AreWellFormed()
    {
        ActorRow[] rows = ActorTable.Default;
        rows.Should().NotBeEmpty();
        rows.Select(r => r.Kind).Distinct().Should().BeSubsetOf(["international", "armed_group", "agency"]);
        rows.Should().OnlyContain(r => r.Aliases.Length > 0);
        rows.Where(r => r.Country is not null).Should().OnlyContain(r => r.Kind == "agency" && r.Country!.Length == 2);
        rows.Where(r => r.Home is not null).Should().OnlyContain(r => r.Home!.Length == 2 && r.Kind != "international");
    }

    [Fact]
    public void Default_Aliases_NameOneActorEach() =>
        ActorTable.Default.SelectMany(r => r.Aliases.Select(a => (Alias: a, r.Name))).GroupBy(p => p.Alias, StringComparer.Ordinal)
            .Where(g => g.Select(p => p.Name).Distinct().Count() > 1).Select(g => g.Key).Should().BeEmpty();

    [Fact]
    public void Parse_ReadsDashesAsNone()
    {
        ActorRow row = ActorTable.Parse("# comment\nname\tkind\tcountry\thome\taliases\nFMLN\tarmed_group\t-\tSV\tFMLN|Farabundo Marti\n").Should().ContainSingle().Subject;
        row.Should().BeEquivalentTo(new ActorRow("FMLN", "armed_group", null, "SV", ["FMLN", "Farabundo Marti"]));
    }
}
