using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsNlp.Extraction.Dates;
using NewsNlp.Extraction.Dates.Patterns;
using NewsNlp.Tests.Infrastructure;
using NewsNlp.Text;

namespace NewsNlp.Tests.Extraction.Dates;

/// <summary>
/// The recognizer tries the word-led patterns only where <see cref="DateScanner.MayStartWordLed"/> allows, and of those
/// only the ones whose <see cref="WordStart"/> the word meets (<see cref="WordLedGate"/>). A pattern that tested a new word
/// by its spelling would silently stop matching unless the gates know the word: every word the pattern code spells must
/// pass the first, and the grammar with both must find what it finds trying every pattern at every word.
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

    [Fact]
    public void Gate_SameMentionsAsEveryPatternAtEveryWord_TestSentencesAndCorpus()
    {
        // Every sentence the date tests spell (the first string of each row), the model article and the odd-input corpus.
        string folder = SharedData.RepoPath("tests", "NewsNlp.Tests", "Extraction", "Dates");
        var texts = Directory.EnumerateFiles(folder, "*.cs").Order(StringComparer.Ordinal)
            .SelectMany(file => TestSentence().Matches(File.ReadAllText(file)).Select(m => Regex.Unescape(m.Groups[1].Value)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        texts.Should().HaveCountGreaterThan(300, "the scan must find the test sentences");
        texts.Add(ModelArticle.Text);
        texts.AddRange(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.txt").Order(StringComparer.Ordinal)
            .Select(path => File.ReadAllText(path, Encoding.UTF8)));

        foreach (string text in texts)
        {
            AssertGateKeepsMentions(text);
        }
    }

    [SharedDataFact]
    public void Gate_SameMentionsAsEveryPatternAtEveryWord_News()
    {
        int read = 0;
        foreach (string line in File.ReadLines(SharedData.Path_("data", "news", "news.jsonl")).Take(3000))
        {
            using var json = JsonDocument.Parse(line);
            JsonElement root = json.RootElement;
            string source = root.TryGetProperty("source", out JsonElement s) && s.ValueKind == JsonValueKind.String ? s.GetString() ?? "" : "";
            if (SharedData.IsHeldOut(source))
            {
                continue; // held out: never read
            }

            AssertGateKeepsMentions(root.GetProperty("text").GetString() ?? "");
            read++;
        }

        read.Should().BeGreaterThan(2000);
    }

    // The first argument of a theory row: a sentence.
    [GeneratedRegex("""InlineData\("((?:[^"\\]|\\.)*)"[,)]""")]
    private static partial Regex TestSentence();

    private static void AssertGateKeepsMentions(string text)
    {
        var document = Document.Analyze(text, new ArticleContext { Published = new DateOnly(2021, 5, 3) });
        var gated = new List<TemporalMention>();
        var everyPattern = new List<TemporalMention>();
        DateRecognizer.Recognize(document, gated, gated: true);
        DateRecognizer.Recognize(document, everyPattern, gated: false);
        gated.Should().Equal(everyPattern, "the gates may skip only patterns that cannot start ({0})", text.Length > 80 ? text[..80] : text);
    }

    // The word as one token in a sentence, and a scanner over its document.
    private static (DateScanner Scanner, int Index) ScannerAt(string word)
    {
        var document = Document.Analyze("Headline\n\nThey spoke of " + word + " here.", new ArticleContext());
        int index = Array.FindIndex(document.Tokens, t => document.Span(t).SequenceEqual(word));
        return (new DateScanner(document), index);
    }
}
