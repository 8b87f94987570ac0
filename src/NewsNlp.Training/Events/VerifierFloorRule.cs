using System.Globalization;
using System.Text;

namespace NewsNlp.Training.Events;

/// <summary>
/// Chooses the verifier's floor from its out-of-fold probabilities. F1 of a floor: the kept candidates against the right candidates
/// that reach the gate (precision of the kept ones, share of the right ones kept), each candidate weighted as training weighs it
/// (judged output events, drawn from ordinary news, count double). The out-of-fold scores are those of the judged development
/// events and of the corpus's train and tune candidates: no score-only set (report splits, blind draws) takes part, and no single
/// article decides, unlike the rule it replaces (the highest floor losing no required dev30 event). F1 is flat over a range of
/// floors, so the rule is the one-standard-error rule: the highest floor whose F1 falls short of the best by no more than the
/// standard error of that shortfall (a paired bootstrap over articles, seeded). Floors within it cannot be told apart on this
/// data, and of those the highest keeps fewer of the candidates the verifier doubts: the precision the issue asks of ordinary news.
/// </summary>
internal static class VerifierFloorRule
{
    /// <summary>The floors the rule chooses from: steps of 0.05, from the gate off to 0.6.</summary>
    internal static readonly float[] Grid = [.. Enumerable.Range(0, 13).Select(i => i * 0.05f)];

    /// <summary>The line of <c>event-verifier.md</c> that records the chosen floor (read back by <c>VerifierFloorTests</c>).</summary>
    internal const string ChosenPrefix = "Chosen floor (one-standard-error rule on the out-of-fold F1): ";

    /// <summary>Bootstrap resamples of the articles for the standard error of a floor's shortfall.</summary>
    internal const int Resamples = 200;

    /// <summary>One floor of the table: weighted candidates kept and right ones kept, their precision, recall and F1; the shortfall
    /// from the best F1 and its bootstrap standard error (filled by <see cref="WithShortfalls"/>).</summary>
    internal sealed record Row(float Floor, double Kept, double RightKept, double Precision, double Recall, double F1, double Shortfall = 0, double ShortfallError = 0);

    /// <summary>The table over <paramref name="grid"/> for scored candidates (label, out-of-fold probability, weight).</summary>
    public static List<Row> Table(IReadOnlyCollection<(bool Label, float P, float Weight)> scored, IReadOnlyList<float> grid)
    {
        double right = scored.Where(s => s.Label).Sum(s => (double)s.Weight);
        var rows = new List<Row>(grid.Count);
        foreach (float floor in grid)
        {
            double kept = 0, tp = 0;
            foreach ((bool label, float p, float weight) in scored)
            {
                if (p >= floor)
                {
                    kept += weight;
                    tp += label ? weight : 0;
                }
            }

            double precision = kept == 0 ? 0 : tp / kept, recall = right == 0 ? 0 : tp / right;
            rows.Add(new Row(floor, kept, tp, precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)));
        }

        return rows;
    }

    /// <summary>The floor of the row with the highest F1 (rounded to four places, so float noise decides nothing); on a tie, the higher floor.</summary>
    public static float Best(IReadOnlyList<Row> rows)
    {
        Row best = rows[0];
        foreach (Row row in rows)
        {
            if (Math.Round(row.F1, 4) >= Math.Round(best.F1, 4))
            {
                best = row;
            }
        }

        return best.Floor;
    }

    /// <summary>
    /// The rows with each floor's shortfall from the best floor's F1 and the standard error of that shortfall over
    /// <see cref="Resamples"/> resamples of the articles with replacement (seeded: the same scores give the same table).
    /// </summary>
    public static List<Row> WithShortfalls(IReadOnlyList<(string Article, bool Label, float P, float Weight)> scored, IReadOnlyList<float> grid, int seed = 15)
    {
        List<Row> rows = Table([.. scored.Select(s => (s.Label, s.P, s.Weight))], grid);
        float best = Best(rows);
        int bestIndex = rows.FindIndex(r => r.Floor == best);
        var byArticle = scored.GroupBy(s => s.Article, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Select(s => (s.Label, s.P, s.Weight)).ToList()).ToList();
        var random = new Random(seed);
        var shortfalls = new double[grid.Count][];
        for (int i = 0; i < grid.Count; i++)
        {
            shortfalls[i] = new double[Resamples];
        }

        for (int b = 0; b < Resamples; b++)
        {
            var sample = new List<(bool, float, float)>(scored.Count);
            for (int a = 0; a < byArticle.Count; a++)
            {
                sample.AddRange(byArticle[random.Next(byArticle.Count)]);
            }

            List<Row> resampled = Table(sample, grid);
            for (int i = 0; i < grid.Count; i++)
            {
                shortfalls[i][b] = resampled[bestIndex].F1 - resampled[i].F1;
            }
        }

        return [.. rows.Select((r, i) => r with { Shortfall = rows[bestIndex].F1 - r.F1, ShortfallError = StandardDeviation(shortfalls[i]) })];
    }

    /// <summary>The one-standard-error rule: the highest floor whose shortfall from the best F1 is within its standard error.</summary>
    public static float Choose(IReadOnlyList<Row> rows) => rows.Where(r => r.Shortfall <= r.ShortfallError).Max(r => r.Floor);

    private static double StandardDeviation(double[] values)
    {
        double mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / Math.Max(1, values.Length - 1));
    }

    /// <summary>The table as markdown, with the chosen floor's line.</summary>
    public static string Markdown(List<Row> rows, float chosen)
    {
        var text = new StringBuilder();
        text.AppendLine("| floor | kept (weighted) | right kept | precision | recall (right kept) | F1 | shortfall from the best F1 (standard error) |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (Row r in rows)
        {
            string mark = r.Floor == chosen ? "**" : "";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {mark}{r.Floor:0.00}{mark} | {r.Kept:0} | {r.RightKept:0} | {r.Precision:0.000} | {r.Recall:0.000} | {mark}{r.F1:0.000}{mark} | {r.Shortfall:0.0000} ({r.ShortfallError:0.0000}) |");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Highest out-of-fold F1: floor {Best(rows):0.00}.");
        text.AppendLine(CultureInfo.InvariantCulture, $"{ChosenPrefix}{chosen:0.00}");
        return text.ToString();
    }
}
