using NewsNlp.Lexicons;

namespace NewsNlp.Tests.Lexicons;

/// <summary>Heads of state and government and foreign ministers with their years in office (session 19, ev23k).</summary>
public sealed class OfficeHoldersTests
{
    private const string Table = "# comment\nsurname\tnames\tcountry\toffice\tfrom\tto\n"
        + "Ortega\tDaniel Ortega\tNI\tPresident\t1980\t1990\n"
        + "Botha\tP.W. Botha\tZA\tState President\t1984\t1989\n"
        + "Botha\tPik Botha\tZA\tForeign Minister\t1980\t1994\n"
        + "Gandhi\tIndira Gandhi\tIN\tPrime Minister\t1980\t1984\n"
        + "Gandhi\tRajiv Gandhi\tIN\tPrime Minister\t1984\t1989\n"
        + "-\tJohn Major\tGB\tPrime Minister\t1990\t1997\n";

    private static readonly OfficeHolders Invented = OfficeHolders.Parse(Table);

    [Theory]
    [InlineData("Ortega", null, 1987, "NI")]
    [InlineData("Daniel Ortega", null, 1987, "NI")]
    // Outside the office's years, and with a first name no holder has, the name says nothing.
    [InlineData("Ortega", null, 1975, null)]
    [InlineData("Humberto Ortega", null, 1987, null)]
    // Two holders of the year under one surname: only the title or the first name tells them apart.
    [InlineData("Botha", null, 1986, null)]
    [InlineData("Botha", "Foreign Minister", 1986, "ZA")]
    [InlineData("P. W. Botha", null, 1986, "ZA")]
    [InlineData("Gandhi", null, 1984, null)]
    [InlineData("Gandhi", null, 1986, "IN")]
    // A surname that is a common word stands for no one alone; the full name still does.
    [InlineData("Major", null, 1992, null)]
    [InlineData("John Major", null, 1992, "GB")]
    public void CountryOf_ReadsTheYearAndTheName(string name, string? title, int year, string? expected) =>
        Invented.CountryOf(name, title, new DateOnly(year, 6, 1)).Should().Be(expected);

    [Theory]
    // Only a last word some holder bears may match; the span overload reads a name inside a longer text without copying it.
    [InlineData("Ortega", true)]
    [InlineData("Daniel Ortega.", true)]
    [InlineData("Peter Smith", false)]
    [InlineData("Smith-Jones", false)]
    // Letters outside ASCII, an apostrophe, or a last word short enough to be an initial: the full comparison decides.
    [InlineData("Oscar Ortéga", true)]
    [InlineData("Ortega O'Brien", true)]
    [InlineData("Peter W.", true)]
    public void MayName_SparesNamesNoHolderBears(string name, bool expected) =>
        Invented.MayName(name).Should().Be(expected);

    [Fact]
    public void CountryOf_ReadsANameInsideALongerText()
    {
        const string text = "Talks with Daniel Ortega ended.";
        Invented.CountryOf(text.AsSpan(11, 13), null, new DateOnly(1987, 6, 1)).Should().Be("NI");
        Invented.CountryOf(text.AsSpan(0, 5), null, new DateOnly(1987, 6, 1)).Should().BeNull();
    }

    [Theory]
    // A bare surname the table matches alone, in any case; a common-word surname ('-') or a full form's first name is none.
    [InlineData("Ortega", true)]
    [InlineData("ORTEGA", true)]
    [InlineData("Gandhi", true)]
    [InlineData("Major", false)]
    [InlineData("Daniel", false)]
    [InlineData("Smith", false)]
    public void IsSurname_BareSurnamesOnly(string word, bool expected) =>
        Invented.IsSurname(word).Should().Be(expected);

    [Fact]
    public void CountryOf_WithoutADate_IsNone() =>
        Invented.CountryOf("Ortega", null, null).Should().BeNull();

    [Theory]
    [InlineData("Schröder", "schroder")]
    [InlineData("P. W. Botha", "pw botha")]
    [InlineData("P.W. Botha", "pw botha")]
    [InlineData("Bani-Sadr", "bani sadr")]
    [InlineData("Miguel d'Escoto", "miguel descoto")]
    public void Key_FoldsAccentsInitialsAndHyphens(string name, string expected) =>
        OfficeHolders.Key(name).Should().Be(expected);

    [Theory]
    // A caller's text may hold any UTF-16: an unpaired surrogate or a noncharacter is a word break, not an exception.
    [InlineData("Mira\uD800 Botha", "mira botha")]
    [InlineData("Botha\uDC00", "botha")]
    [InlineData("P. W.\uFFFEBotha", "pw botha")]
    public void Key_IllFormedText_IsAWordBreak(string name, string expected) =>
        OfficeHolders.Key(name).Should().Be(expected);

    [Fact]
    public void Default_IsReadAndKnowsTheEightiesAndToday()
    {
        OfficeHolders.Default.Count.Should().BeGreaterThan(300);
        OfficeHolders.Default.CountryOf("Gorbachev", null, new DateOnly(1988, 1, 1)).Should().Be("SU");
        OfficeHolders.Default.CountryOf("Cristiani", null, new DateOnly(1990, 1, 1)).Should().Be("SV");
        OfficeHolders.Default.CountryOf("Bush", null, new DateOnly(1985, 1, 1)).Should().BeNull();
        OfficeHolders.Default.CountryOf("Barbara Bush", null, new DateOnly(1990, 1, 1)).Should().BeNull();
        OfficeHolders.Default.CountryOf("Hussein", null, new DateOnly(1990, 1, 1)).Should().BeNull();
        OfficeHolders.Default.CountryOf("Hussein", "King", new DateOnly(1990, 1, 1)).Should().Be("JO");
    }
}
