using System.Text.RegularExpressions;
using NewsNlp.Extraction.Dates.Patterns;
using NewsNlp.Tests.Infrastructure;
using NewsNlp.Text;

namespace NewsNlp.Tests.Extraction.Dates;

/// <summary>
/// The recognizer tries the word-led patterns only where <see cref="DateScanner.MayStartWordLed"/> allows. A pattern
/// that tested a new word by its spelling would silently stop matching unless the gate knows the word: every word the
/// pattern code spells must pass it.
/// </summary>
public sealed partial class DateRecognizerGateTests
{
    [GeneratedRegex(@"(?:\bIs\([^,()]+,\s*|Equals\(|StartsWith\(|\bis\s+)""([A-Za-z][A-Za-z.'-]*)""")]
    private static partial Regex SpelledWord();

    [Fact]
    public void MayStartWordLed_TrueForEveryWordThePatternsSpell()
    {
        string folder = SharedData.RepoPath("src", "NewsNlp", "Extraction", "Dates", "Patterns");
        var words = Directory.EnumerateFiles(folder, "*.cs")
            .SelectMany(file => SpelledWord().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        words.Should().Contain(["noon", "Christmas", "earlier", "the"], "the scan must find the spelled words");

        foreach (string word in words)
        {
            foreach (string form in new[] { word, word.ToLowerInvariant(), char.ToUpperInvariant(word[0]) + word[1..] })
            {
                (DateScanner scanner, int index) = ScannerAt(form);
                using (scanner)
                {
                    index.Should().BeGreaterThan(0, form);
                    scanner.MayStartWordLed(index).Should().BeTrue(form);
                }
            }
        }
    }

    [Fact]
    public void Patterns_ReadNoTenseClass()
    {
        string folder = SharedData.RepoPath("src", "NewsNlp", "Extraction", "Dates", "Patterns");
        string[] classes = [.. Directory.EnumerateFiles(folder, "*.cs").SelectMany(file => ClassName().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))];

        classes.Should().NotBeEmpty().And.NotContain(c => c.StartsWith(DateScanner.TenseClassPrefix, StringComparison.Ordinal), "the gate skips words that are only in tense classes");
    }

    [GeneratedRegex(@"Class\(""(dates/[a-z-]+)""\)")]
    private static partial Regex ClassName();

    [Theory]
    [InlineData("said", false)]
    [InlineData("company", false)]
    [InlineData("business", false)] // a context word ("five business days"): read only after an amount
    [InlineData("mid-March", true)]
    [InlineData("Q3", true)]
    [InlineData("9pm", true)]
    [InlineData("Eid", true)]
    [InlineData("Thursday", true)]
    [InlineData("weeks", true)]
    public void MayStartWordLed_OrdinaryWordsAreSkipped(string word, bool expected)
    {
        (DateScanner scanner, int index) = ScannerAt(word);
        using (scanner)
        {
            scanner.MayStartWordLed(index).Should().Be(expected);
        }
    }

    // The word as one token in a sentence, and a scanner over its document.
    private static (DateScanner Scanner, int Index) ScannerAt(string word)
    {
        var document = Document.Analyze("Headline\n\nThey spoke of " + word + " here.", new ArticleContext());
        int index = Array.FindIndex(document.Tokens, t => document.Span(t).SequenceEqual(word));
        return (new DateScanner(document), index);
    }
}
