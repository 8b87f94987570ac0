using System.Text.RegularExpressions;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Reliability;

/// <summary>
/// Rules checked on the library's source text: every regex is linear, and extraction reads no
/// clock, no culture, no network, no files, no environment and no unseeded randomness.
/// Exceptions need a justification in <see cref="Allowed"/>.
/// </summary>
public sealed partial class SourceRulesTests
{
    /// <summary>(file relative to src/NewsNlp, forbidden pattern) pairs that are allowed, each with the reason.</summary>
    private static readonly (string File, string Pattern, string Why)[] Allowed =
    [
        ("NewsExtractor.cs", @"\bFile\.|\bDirectory\.|\bnew FileStream\b|\bFileInfo\b|\bDirectoryInfo\b|\bnew StreamReader\(\s*""",
            "opens the model files the caller names in NewsExtractorOptions (EntityModelPath, EventModelPath): access the caller asked for"),
    ];

    public static TheoryData<string, string> ForbiddenInLibrary() => new()
    {
        { @"\bDateTime\.Now\b", "reads the clock" },
        { @"\bDateTime\.Today\b", "reads the clock" },
        { @"\bDateTimeOffset\.Now\b", "reads the clock" },
        { @"\bUtcNow\b", "reads the clock" },
        { @"\bEnvironment\.TickCount", "reads the clock" },
        { @"\bStopwatch\b", "reads the clock" },
        { @"\bTimeProvider\.System\b", "reads the clock" },
        { @"\bCultureInfo\.(CurrentCulture|CurrentUICulture|InstalledUICulture|DefaultThreadCurrentCulture)\b", "reads the culture" },
        { @"\bThread\.CurrentThread\.CurrentCulture\b", "reads the culture" },
        { @"\bStringComparison\.(CurrentCulture|InvariantCulture)", "culture-sensitive comparison (use Ordinal)" },
        { @"\bHttpClient\b|\bWebClient\b|\bWebRequest\b|\bSocket\b|\bDns\.|\bTcpClient\b", "network access" },
        { @"\bFile\.|\bDirectory\.|\bnew FileStream\b|\bFileInfo\b|\bDirectoryInfo\b|\bnew StreamReader\(\s*""", "file access the caller did not ask for" },
        { @"\bEnvironment\.(GetEnvironmentVariable|CurrentDirectory|GetFolderPath|MachineName|UserName)", "reads the environment" },
        { @"\bProcess\.Start\b", "starts processes" },
        { @"\bRandom\.Shared\b|\bnew Random\(\s*\)|\bGuid\.NewGuid\b", "unseeded randomness" },
    };

    [Theory]
    [MemberData(nameof(ForbiddenInLibrary))]
    public void LibrarySource_ForbiddenCall_Absent(string pattern, string why)
    {
        var regex = new Regex(pattern, RegexOptions.NonBacktracking);
        var hits = new List<string>();
        foreach ((string file, int line, string code) in CodeLines("src", "NewsNlp"))
        {
            if (regex.IsMatch(code) && !Allowed.Any(a => a.File == file && a.Pattern == pattern))
            {
                hits.Add($"{file}:{line}: {code.Trim()}");
            }
        }

        hits.Should().BeEmpty("src/NewsNlp must not do this ({0}); add a justified entry to Allowed if it must", why);
    }

    [Fact]
    public void Source_EveryRegex_NonBacktrackingOrWithTimeout()
    {
        var hits = new List<string>();
        foreach (string root in new[] { "NewsNlp", "NewsNlp.Cli" })
        {
            foreach (string path in SourceFiles("src", root))
            {
                string text = StripComments(File.ReadAllText(path));
                foreach (Match m in RegexConstruction().Matches(text))
                {
                    string call = Statement(text, m.Index);
                    if (!IsLinear(call))
                    {
                        hits.Add($"{Path.GetRelativePath(SharedData.RepositoryRoot, path)}:{LineOf(text, m.Index)}: {call}");
                    }
                }
            }
        }

        hits.Should().BeEmpty("every regex must use RegexOptions.NonBacktracking or a match timeout");
    }

    [Fact]
    public void IsLinear_Examples_Classified()
    {
        // The scanner itself must tell good from bad constructions.
        IsLinear("new Regex(\"a+\", RegexOptions.NonBacktracking)").Should().BeTrue();
        IsLinear("new Regex(\"a+\", RegexOptions.None, TimeSpan.FromSeconds(1))").Should().BeTrue();
        IsLinear("[GeneratedRegex(\"a+\", RegexOptions.IgnoreCase, 1000)]").Should().BeTrue();
        IsLinear("[GeneratedRegex(\"a+\", RegexOptions.None, matchTimeoutMilliseconds: 50)]").Should().BeTrue();
        IsLinear("new Regex(\"(a+)+$\")").Should().BeFalse();
        IsLinear("[GeneratedRegex(\"(a+)+$\")]").Should().BeFalse();
        IsLinear("Regex.IsMatch(s, \"(a+)+$\")").Should().BeFalse();
        RegexConstruction().IsMatch("x = Regex.Replace(a, b, c);").Should().BeTrue();
        StripComments("var g = \"**/*.txt\"; r = new Regex(p); // note */").Should().Contain("new Regex(p)");
    }

    private static bool IsLinear(string call) =>
        call.Contains("NonBacktracking", StringComparison.Ordinal)
        || call.Contains("TimeSpan", StringComparison.Ordinal)
        || call.Contains("matchTimeout", StringComparison.Ordinal)
        || TrailingTimeout().IsMatch(call);

    [GeneratedRegex(@"new\s+Regex\s*\(|\bRegex\s*\.\s*(IsMatch|Match|Matches|Replace|Split|Count|EnumerateMatches)\s*\(|\[\s*GeneratedRegex\s*\(", RegexOptions.NonBacktracking)]
    private static partial Regex RegexConstruction();

    [GeneratedRegex(@",\s*\d+\s*\)\s*\]", RegexOptions.NonBacktracking)]
    private static partial Regex TrailingTimeout();

    /// <summary>The call or attribute starting at <paramref name="start"/>, up to its matching closing parenthesis.</summary>
    private static string Statement(string text, int start)
    {
        int depth = 0;
        bool inString = false;
        for (int i = text.IndexOf('(', start); i >= 0 && i < text.Length; i++)
        {
            char c = text[i];
            if (c == '"' && text[i - 1] != '\\')
            {
                inString = !inString;
            }
            else if (!inString && c == '(')
            {
                depth++;
            }
            else if (!inString && c == ')' && --depth == 0)
            {
                return text[start..(i + 1)] + (text[start] == '[' ? "]" : "");
            }
        }

        return text[start..];
    }

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    /// <summary>Removes // and /* */ comments (XML docs may name forbidden calls to explain they are avoided).</summary>
    /// String literals are matched first and kept, so "**/*.txt" in a string starts no comment.
    private static string StripComments(string text) =>
        Comments().Replace(text, m => m.Value[0] is '"' or '\'' ? m.Value : new string('\n', m.Value.Count(c => c == '\n')));

    [GeneratedRegex(@"'(\\.|[^'\\\n])'|""([^""\\\n]|\\.)*""|//[^\n]*|/\*([^*]|\*[^/])*\*/", RegexOptions.NonBacktracking)]
    private static partial Regex Comments();

    private static IEnumerable<string> SourceFiles(params string[] parts)
    {
        string root = SharedData.RepoPath(parts);
        return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
    }

    private static IEnumerable<(string File, int Line, string Code)> CodeLines(params string[] parts)
    {
        string root = SharedData.RepoPath(parts);
        foreach (string path in SourceFiles(parts))
        {
            string[] lines = StripComments(File.ReadAllText(path)).Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                yield return (Path.GetRelativePath(root, path).Replace('\\', '/'), i + 1, lines[i]);
            }
        }
    }
}
