using NewsNlp.Tests.Infrastructure;
using NewsNlp.Training.Commands;
using NewsNlp.Training.Events;

namespace NewsNlp.Tests.Training;

public sealed class EventVerifierTrainerTests
{
    private static byte[] TrainBytes()
    {
        // Two features that decide the label, one that is noise: enough for the trainer's determinism and for the weights to mean something.
        var features = new List<int[]>();
        var labels = new List<bool>();
        for (int i = 0; i < 60; i++)
        {
            bool label = i % 3 != 0;
            features.Add(label ? [11, 500 + (i % 7)] : [23, 500 + (i % 7)]);
            labels.Add(label);
        }

        var model = EventClassifierTrainer.TrainBinary("event", features, labels, [.. Enumerable.Repeat(1f, features.Count)]);
        model.Probability([11], 0).Should().BeGreaterThan(model.Probability([23], 0));
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void TrainBinary_SameExamples_SameBytes()
    {
        TrainBytes().Should().Equal(TrainBytes());
    }

    // The verifier learns from the candidates the whole pipeline makes, so a change to any stage before it (countries, dates, places,
    // arguments) changes its training data: the rebuild command of Resources/Models/README.md must still give the shipped bytes.
    [SharedDataFact]
    public void RebuildCommand_ReproducesTheShippedModel() =>
        ShippedModels.RebuildGivesTheShippedBytes(TrainEventVerifierCommand.Create(), "event-verifier.bin",
            // The floor rule runs in the same command: the rebuilt report must choose the floor the shipped report records.
            output => ChosenFloor(Path.Combine(output, "event-verifier.md")).Should().Be(ChosenFloor(SharedData.RepoPath("src", "NewsNlp", "Resources", "Models", "event-verifier.md"))),
        ["--judged", .. ReadmeJudgedFiles()]);

    /// <summary>
    /// The judged files the rebuild command of Resources/Models/README.md lists for the verifier (as retrain-events.sh reads them), so
    /// the test and the script cannot drift apart when a judged file joins the training data.
    /// </summary>
    private static IEnumerable<string> ReadmeJudgedFiles()
    {
        string[] lines = File.ReadAllLines(SharedData.RepoPath("src", "NewsNlp", "Resources", "Models", "README.md"));
        int start = Array.FindIndex(lines, l => l.Contains("train-event-verifier data/annotations/events", StringComparison.Ordinal));
        int end = Array.FindIndex(lines, start, l => l.Contains("--data", StringComparison.Ordinal));
        return lines[start..(end + 1)]
            .SelectMany(l => System.Text.RegularExpressions.Regex.Matches(l, @"data/annotations/judged/(events-[^ ]*\.jsonl)"))
            .Select(m => ShippedModels.Judged(m.Groups[1].Value));
    }

    /// <summary>The floor a verifier report (<c>event-verifier.md</c>) records as chosen by <see cref="VerifierFloorRule"/>.</summary>
    internal static float ChosenFloor(string report) =>
        float.Parse(File.ReadLines(report).Single(l => l.StartsWith(VerifierFloorRule.ChosenPrefix, StringComparison.Ordinal))[VerifierFloorRule.ChosenPrefix.Length..], System.Globalization.CultureInfo.InvariantCulture);

    private static List<(string Article, bool Label, float P, float Weight)> Scored(int articles, Func<int, int, (bool Label, float P)> candidate)
    {
        var scored = new List<(string, bool, float, float)>();
        for (int a = 0; a < articles; a++)
        {
            for (int c = 0; c < 10; c++)
            {
                (bool label, float p) = candidate(a, c);
                scored.Add(($"doc{a}", label, p, 1f));
            }
        }

        return scored;
    }

    [Fact]
    public void FloorTable_CountsKeptAndRightCandidatesAtEachFloor()
    {
        // Two right candidates at 0.9 and 0.1, two wrong ones at 0.3 and 0.05.
        List<VerifierFloorRule.Row> rows = VerifierFloorRule.Table([(true, 0.9f, 1f), (true, 0.1f, 1f), (false, 0.3f, 1f), (false, 0.05f, 2f)], [0f, 0.2f, 0.5f]);
        rows[0].Should().Match<VerifierFloorRule.Row>(r => r.Kept == 5 && r.RightKept == 2 && r.Recall == 1);
        rows[1].Precision.Should().Be(0.5);
        rows[1].Recall.Should().Be(0.5);
        rows[2].F1.Should().BeApproximately(2 * 1 * 0.5 / 1.5, 1e-9);
    }

    [Fact]
    public void FloorRule_SeparableScores_ChoosesTheMiddleOfTheFloorsBetweenTheClasses()
    {
        // Right candidates score 0.6 or more, wrong ones 0.1 or less: every floor in (0.1, 0.6] is perfect. The earlier rule took the
        // highest, 0.6, the plateau's edge; the rule takes its middle (the low end interpolated between 0.10 and 0.11, the high end
        // the grid's).
        var scored = Scored(40, (a, c) => c < 7 ? (true, 0.6f + (0.03f * c)) : (false, 0.05f * (c - 7)));
        List<VerifierFloorRule.Row> rows = VerifierFloorRule.WithShortfalls(scored, VerifierFloorRule.Grid);
        VerifierFloorRule.Best(rows).Should().Be(0.6f);
        VerifierFloorRule.OneStandardError(rows).Should().Be(0.6f);
        List<VerifierFloorRule.Row> fine = VerifierFloorRule.Table([.. scored.Select(s => (s.Label, s.P, s.Weight))], VerifierFloorRule.FineGrid);
        (double low, double high, _) = VerifierFloorRule.Plateau(fine);
        low.Should().BeInRange(0.10, 0.11);
        high.Should().Be(0.6f);
        VerifierFloorRule.Choose(fine).Should().Be(0.35f);
        VerifierFloorRule.Choose([.. scored.Select(s => (s.Label, s.P, s.Weight))]).Should().Be(0.35f);
    }

    // A curve on the grid of 0.01: F1 0.80 below 0.10 and above 0.20, the plateau's F1 between, with the given floors' F1 replaced.
    private static List<VerifierFloorRule.Row> Curve(double plateau, params (float Floor, double F1)[] moved) =>
        [.. VerifierFloorRule.FineGrid.Select(f =>
        {
            double f1 = f is >= 0.095f and <= 0.205f ? plateau : 0.80;
            foreach ((float floor, double value) in moved)
            {
                f1 = Math.Abs(floor - f) < 0.001 ? value : f1;
            }

            return new VerifierFloorRule.Row(f, 0, 0, 0, 0, f1);
        })];

    [Fact]
    public void FloorRule_PlateauWithNearTies_ChoosesItsMiddleWhicheverEndLeads()
    {
        // F1 flat over 0.10-0.20 (the shipped verifier's shape): the ends are interpolated to 0.097 and 0.203, the middle is 0.15.
        (double low, double high, double level) = VerifierFloorRule.Plateau(Curve(0.835));
        low.Should().BeApproximately(0.0971, 0.0001);
        high.Should().BeApproximately(0.2029, 0.0001);
        level.Should().BeApproximately(0.825, 1e-9);
        VerifierFloorRule.Choose(Curve(0.835)).Should().Be(0.15f);

        // A near-tie that the data's small changes flip, the best at 0.20 or at 0.10 by 0.0005 (the one-standard-error rule went
        // from 0.15 to 0.20 on such a flip), leaves the choice where it was.
        VerifierFloorRule.Choose(Curve(0.835, (0.20f, 0.8355))).Should().Be(0.15f);
        VerifierFloorRule.Choose(Curve(0.835, (0.10f, 0.8355))).Should().Be(0.15f);

        // A floor off the plateau whose F1 rises within the tolerance widens it by its step only: the middle moves by a hundredth.
        VerifierFloorRule.Choose(Curve(0.835, (0.21f, 0.826), (0.22f, 0.826))).Should().Be(0.16f);
    }

    [Fact]
    public void FloorRule_ShippedFloor_StaysWhileOnThePlateauElseTheMiddle()
    {
        // The plateau runs 0.097-0.203: a shipped floor on it stays, whatever the near-ties; one off it moves to the middle.
        VerifierFloorRule.Choose(Curve(0.835), shipped: 0.18f).Should().Be(0.18f);
        VerifierFloorRule.Choose(Curve(0.835, (0.10f, 0.8355)), shipped: 0.18f).Should().Be(0.18f);
        VerifierFloorRule.Choose(Curve(0.835), shipped: 0.10f).Should().Be(0.10f);
        VerifierFloorRule.Choose(Curve(0.835), shipped: 0.25f).Should().Be(0.15f);
        VerifierFloorRule.Choose(Curve(0.835), shipped: 0.05f).Should().Be(0.15f);

        // The plateau moved away from the shipped floor (F1 now flat over 0.25-0.35): the middle of the new plateau.
        List<VerifierFloorRule.Row> moved = [.. VerifierFloorRule.FineGrid.Select(f => new VerifierFloorRule.Row(f, 0, 0, 0, 0, f is >= 0.245f and <= 0.355f ? 0.835 : 0.80))];
        VerifierFloorRule.Choose(moved, shipped: 0.15f).Should().Be(0.30f);
    }

    [Fact]
    public void FloorRule_FlatF1_ChoosesAFloorOnThePlateau()
    {
        // Noisy scores: the chosen floor lies on the plateau (within the tolerance of the best F1, between its ends); the earlier
        // rule's floor is still never below the best F1's and within one standard error of it; both are the same on a second run.
        var random = new Random(3);
        var scored = Scored(60, (a, c) =>
        {
            bool label = random.NextDouble() < 0.7;
            return (label, (float)Math.Clamp((label ? 0.55 : 0.35) + ((random.NextDouble() - 0.5) * 0.8), 0, 1));
        });
        List<VerifierFloorRule.Row> rows = VerifierFloorRule.WithShortfalls(scored, VerifierFloorRule.Grid);
        float earlier = VerifierFloorRule.OneStandardError(rows);
        earlier.Should().BeGreaterThanOrEqualTo(VerifierFloorRule.Best(rows));
        rows.Single(r => r.Floor == earlier).Should().Match<VerifierFloorRule.Row>(r => r.Shortfall <= r.ShortfallError);
        rows.Where(r => r.Floor > earlier).Should().OnlyContain(r => r.Shortfall > r.ShortfallError);
        VerifierFloorRule.WithShortfalls(scored, VerifierFloorRule.Grid).Should().Equal(rows);

        List<VerifierFloorRule.Row> fine = VerifierFloorRule.Table([.. scored.Select(s => (s.Label, s.P, s.Weight))], VerifierFloorRule.FineGrid);
        float chosen = VerifierFloorRule.Choose(fine);
        (double low, double high, double level) = VerifierFloorRule.Plateau(fine);
        chosen.Should().BeInRange((float)low - 0.005f, (float)high + 0.005f);
        fine.Single(r => r.Floor == chosen).F1.Should().BeGreaterThanOrEqualTo(level);

        // The spread over resampled articles (the report's line) is seeded: the same on a second run, one choice per resample.
        (float[] plateau, float[] oneError) = VerifierFloorRule.Spread(scored, rows);
        plateau.Should().HaveCount(VerifierFloorRule.Resamples).And.OnlyContain(f => VerifierFloorRule.FineGrid.Contains(f));
        oneError.Should().HaveCount(VerifierFloorRule.Resamples).And.OnlyContain(f => VerifierFloorRule.Grid.Contains(f));
        VerifierFloorRule.Spread(scored, rows).Plateau.Should().Equal(plateau);
        VerifierFloorRule.Spread(scored, rows).OneStandardError.Should().Equal(oneError);
    }
}
