using NewsNlp.Extraction.Dates;
using NewsNlp.Lexicons;

namespace NewsNlp.Tests.Extraction.Dates;

public sealed class DateLexiconTests
{
    /// <summary>
    /// The scanner skips the lookup when <see cref="DateLexicon.MayBeDateWord"/> says no, so it must say yes for every key,
    /// in any case and with a final stop: otherwise a date word would silently go missing.
    /// </summary>
    [Fact]
    public void MayBeDateWord_TrueForEveryKeyOfTheTable()
    {
        foreach (string key in DateLexicon.Keys)
        {
            foreach (string form in new[] { key, key.ToUpperInvariant(), char.ToUpperInvariant(key[0]) + key[1..], key + "." })
            {
                DateLexicon.MayBeDateWord(Lexicon.Default.ClassesOf(form), form).Should().BeTrue(form);
            }
        }
    }

    [Theory]
    [InlineData("said", false)]
    [InlineData("company", false)]
    [InlineData("March", true)]
    [InlineData("Feb.", true)]
    [InlineData("thirty-five", true)]
    public void MayBeDateWord_RejectsOrdinaryWords(string word, bool expected) =>
        DateLexicon.MayBeDateWord(Lexicon.Default.ClassesOf(word), word).Should().Be(expected);
}
