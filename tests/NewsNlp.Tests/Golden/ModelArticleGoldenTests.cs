using System.Text;
using System.Text.Json;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Golden;

/// <summary>
/// The model article's whole record, serialized indented, diffed against
/// <c>pakistan-iran-deescalation.expected.json</c> beside this file. Set
/// <c>NEWSNLP_UPDATE_GOLDEN=1</c> to rewrite the expected file on purpose, then review the diff by hand.
/// </summary>
public sealed class ModelArticleGoldenTests
{
    private const string UpdateVariable = "NEWSNLP_UPDATE_GOLDEN";

    private static string ExpectedPath => SharedData.RepoPath("tests", "NewsNlp.Tests", "Golden", ModelArticle.Id + ".expected.json");

    [Fact]
    public void Extract_ModelArticle_MatchesGoldenRecord()
    {
        string actual = Normalize(RecordJson.Serialize(ModelArticle.Extract(), indented: true));
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(ExpectedPath, actual);
        }

        File.Exists(ExpectedPath).Should().BeTrue($"the golden file {ExpectedPath} exists (run with {UpdateVariable}=1 to create it)");
        string expected = Normalize(File.ReadAllText(ExpectedPath));
        string? difference = FirstDifference(expected, actual);
        difference.Should().BeNull($"the record must match the golden file; if the change is intended, rerun with {UpdateVariable}=1 and review the diff");
    }

    [Fact]
    public void Extract_ModelArticle_EveryEvidenceSlicesTheText()
    {
        string text = ModelArticle.Text;
        using var json = JsonDocument.Parse(RecordJson.Serialize(ModelArticle.Extract()));
        foreach (JsonElement evidence in Evidence(json.RootElement))
        {
            int start = evidence.GetProperty("start").GetInt32();
            int end = evidence.GetProperty("end").GetInt32();
            start.Should().BeInRange(0, end);
            end.Should().BeLessThanOrEqualTo(text.Length);
            if (evidence.TryGetProperty("text", out JsonElement slice) && slice.ValueKind == JsonValueKind.String)
            {
                slice.GetString().Should().Be(text[start..end]);
            }
        }
    }

    /// <summary>Every object in the record that carries integer <c>start</c> and <c>end</c>.</summary>
    private static IEnumerable<JsonElement> Evidence(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("start", out var s) && s.ValueKind == JsonValueKind.Number
                && element.TryGetProperty("end", out var e) && e.ValueKind == JsonValueKind.Number)
            {
                yield return element;
            }

            foreach (JsonProperty property in element.EnumerateObject())
            {
                foreach (JsonElement inner in Evidence(property.Value))
                {
                    yield return inner;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in element.EnumerateArray())
            {
                foreach (JsonElement inner in Evidence(item))
                {
                    yield return inner;
                }
            }
        }
    }

    private static string Normalize(string json) => json.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";

    /// <summary>Null when equal, else the first differing line with a little context.</summary>
    private static string? FirstDifference(string expected, string actual)
    {
        if (expected == actual)
        {
            return null;
        }

        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        int line = 0;
        while (line < e.Length && line < a.Length && e[line] == a[line])
        {
            line++;
        }

        var report = new StringBuilder();
        report.Append("first difference at line ").Append(line + 1).Append('\n');
        for (int k = Math.Max(0, line - 2); k < Math.Min(Math.Max(e.Length, a.Length), line + 3); k++)
        {
            report.Append("  expected: ").Append(k < e.Length ? e[k] : "<end>").Append('\n');
            report.Append("  actual:   ").Append(k < a.Length ? a[k] : "<end>").Append('\n');
        }

        return report.ToString();
    }
}
