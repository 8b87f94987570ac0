using System.Text.RegularExpressions;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Reliability;

/// <summary>
/// The library's shape, checked on its source: folders import only earlier folders, stages never
/// touch public records, word lists live in the lexicon's data files, files stay small and types are
/// not split into partial files for size.
/// </summary>
public sealed partial class LayeringTests
{
    /// <summary>The folders of src/NewsNlp in pipeline order: a file may import only its own or an earlier folder.</summary>
    private static readonly string[] FolderOrder =
    [
        "Lexicons", "Text", "Extraction/Numbers", "Extraction/Countries", "Extraction/Entities", "Extraction/People",
        "Extraction/Dates", "Extraction/Casualties", "Events", "Pipeline", "Records/Building", "Serialization",
    ];

    /// <summary>The public record types: only Records/ (and the root's doorway) may name them.</summary>
    private static readonly string[] PublicRecords =
    [
        "ArticleRecord", "CountryRecord", "CountryMention", "OrganizationRecord", "PersonRecord", "TextMention", "CasualtyRecord", "DateRecord", "EventRecord",
    ];

    private static readonly string[] StageFolders = ["Lexicons", "Text", "Extraction", "Events", "Pipeline"];

    private const int MaxLines = 300;

    private static string LibraryRoot => SharedData.RepoPath("src", "NewsNlp");

    private static IEnumerable<(string Relative, string[] Lines)> SourceFiles() =>
        Directory.EnumerateFiles(LibraryRoot, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => (Path.GetRelativePath(LibraryRoot, p).Replace('\\', '/'), File.ReadAllLines(p)));

    /// <summary>The code of a line with its comment cut off (string contents kept).</summary>
    private static string Code(string line)
    {
        string trimmed = line.TrimStart();
        return trimmed.StartsWith("//", StringComparison.Ordinal) ? "" : CommentTail().Replace(line, "");
    }

    private static int FolderRank(string relative)
    {
        for (int i = FolderOrder.Length - 1; i >= 0; i--)
        {
            if (relative.StartsWith(FolderOrder[i] + "/", StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    [Fact]
    public void Folders_Imports_OnlyEarlierFolders()
    {
        var problems = new List<string>();
        foreach ((string relative, string[] lines) in SourceFiles())
        {
            int rank = FolderRank(relative);
            if (rank < 0)
            {
                continue;
            }

            for (int i = 0; i < lines.Length; i++)
            {
                foreach (Match m in NamespaceReference().Matches(Code(lines[i])))
                {
                    int target = Array.IndexOf(FolderOrder, m.Groups["ns"].Value.Replace('.', '/'));
                    if (target > rank)
                    {
                        problems.Add($"{relative}:{i + 1} ({FolderOrder[rank]}) imports the later folder {FolderOrder[target]}");
                    }
                }
            }
        }

        problems.Should().BeEmpty("a folder may use only itself and the folders before it ({0}); all: {1}", string.Join(" < ", FolderOrder), string.Join("; ", problems));
    }

    [Fact]
    public void Stages_Source_NeverNamePublicRecords()
    {
        var pattern = new Regex(@"\b(" + string.Join("|", PublicRecords) + @")\b", RegexOptions.NonBacktracking);
        var problems = new List<string>();
        foreach ((string relative, string[] lines) in SourceFiles().Where(f => StageFolders.Any(s => f.Relative.StartsWith(s + "/", StringComparison.Ordinal))))
        {
            for (int i = 0; i < lines.Length; i++)
            {
                if (pattern.Match(Code(lines[i])) is { Success: true } m)
                {
                    problems.Add($"{relative}:{i + 1} names {m.Value}");
                }
            }
        }

        problems.Should().BeEmpty("stages read and write internal layers; Records/Building alone makes public records; all: {0}", string.Join("; ", problems));
    }

    [Fact]
    public void Source_WordLiteralLists_OnlyInLexiconData()
    {
        var problems = new List<string>();
        foreach ((string relative, string[] lines) in SourceFiles())
        {
            string code = string.Join("\n", lines.Select(Code));
            foreach (Match m in WordLiteralList().Matches(code))
            {
                int line = code[..m.Index].Count(c => c == '\n') + 1;
                problems.Add($"{relative}:{line} {m.Value[..Math.Min(60, m.Value.Length)]}");
            }
        }

        problems.Should().BeEmpty("word lists live in Resources/Lexicon (one class per file), read through Lexicon; all: {0}", string.Join("; ", problems));
    }

    [Fact]
    public void Source_Files_AtMost300Lines()
    {
        string[] tooLong = [.. SourceFiles().Where(f => f.Lines.Length > MaxLines).Select(f => $"{f.Relative}: {f.Lines.Length} lines")];
        tooLong.Should().BeEmpty("a file over {0} lines holds more than one responsibility; all: {1}", MaxLines, string.Join("; ", tooLong));
    }

    [Fact]
    public void Source_PartialTypes_OnlyForSourceGenerators()
    {
        var problems = new List<string>();
        foreach ((string relative, string[] lines) in SourceFiles())
        {
            string code = string.Join("\n", lines.Select(Code));
            if (PartialType().IsMatch(code) && !code.Contains("JsonSerializerContext", StringComparison.Ordinal) && !code.Contains("[GeneratedRegex", StringComparison.Ordinal))
            {
                problems.Add(relative);
            }
        }

        problems.Should().BeEmpty("types are split by responsibility into small types, never into partial files for size; all: {0}", string.Join("; ", problems));
    }

    [Fact]
    public void Rules_SeeTheSource()
    {
        // Guards the rules above from passing vacuously on a moved tree.
        SourceFiles().Select(f => f.Relative).Should().Contain(["NewsExtractor.cs", "Lexicons/Lexicon.cs", "Records/Building/RecordBuilder.cs"]);
        WordLiteralList().IsMatch("""x = ["alpha", "beta", "gamma"];""").Should().BeTrue();
        WordLiteralList().IsMatch("""Split('|', "a b")""").Should().BeFalse();
        NamespaceReference().Match("using NewsNlp.Extraction.Dates;").Groups["ns"].Value.Should().Be("Extraction.Dates");
    }

    [GeneratedRegex(@"\bNewsNlp\.(?<ns>Lexicons|Text|Extraction\.\w+|Events|Pipeline|Records\.Building|Serialization)\b")]
    private static partial Regex NamespaceReference();

    // Three or more string literals that are words, in a row: a word list written in code.
    [GeneratedRegex("""(?:"[A-Za-z][A-Za-z .'\-’]*"\s*,\s*){2,}"[A-Za-z][A-Za-z .'\-’]*"\s*[,\]\)}]""")]
    private static partial Regex WordLiteralList();

    [GeneratedRegex(@"\bpartial\s+(class|struct|record)\b")]
    private static partial Regex PartialType();

    [GeneratedRegex(@"\s//(?!/).*$")]
    private static partial Regex CommentTail();
}
