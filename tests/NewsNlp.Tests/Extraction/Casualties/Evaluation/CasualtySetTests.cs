using System.Security.Cryptography;
using System.Text;
using NewsNlp.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NewsNlp.Tests.Extraction.Casualties.Evaluation;

/// <summary>The casualty development set: its schema, and the casualty stage's score on it (public API only).</summary>
public sealed class CasualtySetTests(ITestOutputHelper output)
{
    private static readonly string SetPath = SharedData.RepoPath("data", "annotations", "casualties", "casualties.jsonl");

    [Fact]
    public void Every_line_follows_the_schema()
    {
        var sentences = CasualtySet.Read(SetPath);
        sentences.Should().HaveCountGreaterThanOrEqualTo(300);
        foreach (AnnotatedSentence s in sentences)
        {
            CasualtySet.SourceFiles.Should().ContainKey(s.Source);
            s.Split.Should().BeOneOf(CasualtyEvaluation.Splits);
            s.Start.Should().BeLessThan(s.End);
            s.Sha1.Should().MatchRegex("^[0-9a-f]{10}$");
            foreach (AnnotatedCasualty c in s.Casualties)
            {
                CasualtySet.Kinds.Should().Contain(c.Kind);
                CasualtySet.Scopes.Should().Contain(c.Scope);
                c.Place?.Should().MatchRegex("^[A-Z]{2}$");
                if (c.Count is null)
                {
                    c.Approximate.Should().BeTrue("a null count is a vague amount");
                }
                if (c.CountStart >= 0)
                {
                    c.CountStart.Should().BeInRange(s.Start, s.End);
                    c.CountEnd.Should().BeInRange(c.CountStart, s.End);
                }
            }
        }

        sentences.Select(s => s.Split).Distinct().Should().BeEquivalentTo(CasualtyEvaluation.Splits);
    }

    [SharedDataFact]
    public void Every_reference_finds_its_sentence_in_the_shared_data()
    {
        var sentences = CasualtySet.Read(SetPath);
        var articles = SourceArticles.Load(SharedData.SharedFolder, sentences);
        foreach (AnnotatedSentence s in sentences)
        {
            articles.Should().ContainKey(s.Source + ":" + s.Doc);
            string text = articles[s.Source + ":" + s.Doc].Text;
            s.End.Should().BeLessThanOrEqualTo(text.Length);
            string hash = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(text[s.Start..s.End])))[..10];
            hash.Should().Be(s.Sha1, $"{s.Source}:{s.Doc} [{s.Start},{s.End}] is the sentence that was labelled");
        }
    }

    /// <summary>
    /// Scores every split (dev, dev2, ... and report), and breaks both halves down by source, kind and scope
    /// (aggregates only). Set NEWSNLP_CASUALTY_EVAL_DIR to write the tables and the errors of the development splits
    /// there; the errors of the report split and of the fresh batches kept unread (CasualtyEvaluation.UnreadSplits) are never
    /// listed (they are scored, not read).
    /// </summary>
    [SharedDataFact]
    public void Scores_the_casualty_stage_by_field()
    {
        var sentences = CasualtySet.Read(SetPath);
        var articles = SourceArticles.Load(SharedData.SharedFolder, sentences);
        var errors = CasualtyEvaluation.Splits
            .Where(split => CasualtyBreakdown.HalfOf(split) == CasualtyBreakdown.DevelopmentHalf && !CasualtyEvaluation.UnreadSplits.Contains(split))
            .ToDictionary(split => split, _ => new StringBuilder(), StringComparer.Ordinal);
        var breakdown = new CasualtyBreakdown();
        var scores = CasualtyEvaluation.Run(NewsExtractor.Create(), sentences, articles, errors, breakdown);
        string table = CasualtyEvaluation.Table(scores);
        output.WriteLine(table);
        output.WriteLine(breakdown.Table());
        if (Environment.GetEnvironmentVariable("NEWSNLP_CASUALTY_EVAL_DIR") is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, "casualty-eval.md"), table);
            File.WriteAllText(Path.Combine(dir, "casualty-breakdown.md"), breakdown.Table());
            foreach ((string split, StringBuilder log) in errors)
            {
                File.WriteAllText(Path.Combine(dir, $"casualty-{split}-errors.txt"), log.ToString());
            }
        }

        scores["dev"].TruePositives.Should().BePositive();
        CasualtyEvaluation.Score sources = CasualtySet.SourceFiles.Keys
            .Select(source => breakdown.Get(CasualtyBreakdown.ReportHalf, "source", source))
            .Aggregate(new CasualtyEvaluation.Score(), (sum, s) => sum.Add(s));
        sources.TruePositives.Should().Be(scores["report"].TruePositives, "the breakdown by source partitions the report half");
        sources.FalseNegatives.Should().Be(scores["report"].FalseNegatives);
    }
}
