using System.Globalization;
using System.Text;

namespace NewsNlp.Training.Events;

/// <summary>
/// Chooses the verifier's floor from its out-of-fold probabilities. F1 of a floor: the kept candidates against the right candidates
/// that reach the gate (precision of the kept ones, share of the right ones kept), each candidate weighted as training weighs it
/// (judged output events, drawn from ordinary news, count double). The out-of-fold scores are those of the judged development
/// events and of the corpus's train and tune candidates: no score-only set (report splits, blind draws) takes part, and no single
/// article decides, unlike the rule it replaces (the highest floor losing no required dev30 event). F1 is flat over a range of
/// floors (a plateau), so the rule takes the middle of the plateau: on a grid of 0.01, the run of floors around the best whose F1
/// is within <see cref="PlateauTolerance"/> of it, its two ends interpolated to where the F1 curve crosses that level, and the
/// floor of the grid nearest their midpoint. Until session 20 the rule was the highest floor of the plateau within one bootstrap
/// standard error (<see cref="OneStandardError"/>): an end of the plateau, which near-ties flipped between 0.15 and 0.20 with
/// small changes of the data; the middle moves with the whole curve, by a hundredth where the curve moves a little. Since session 20
/// the shipped floor (<c>EventExtractor.DefaultVerifierFloor</c>) stays while it lies on the plateau (hysteresis), and only a floor
/// that falls off it moves to the middle: floors on the plateau are equal by this measure, and over ordinary news the higher ones
/// are the more precise (the readable events the middle, 0.13, added to 0.15's were 3 right and 14 wrong).
/// </summary>
internal static class VerifierFloorRule
{
    /// <summary>The floors the rule chooses from: steps of 0.05, from the gate off to 0.6.</summary>
    internal static readonly float[] Grid = [.. Enumerable.Range(0, 13).Select(i => i * 0.05f)];

    /// <summary>The floors the rule's plateau is found on: steps of 0.01 over the same range, so that the floor moves by a hundredth
    /// when the curve moves a little, not by a step of the report's grid.</summary>
    internal static readonly float[] FineGrid = [.. Enumerable.Range(0, 61).Select(i => i / 100f)];

    /// <summary>
    /// How far below the best F1 a floor still lies on the plateau. The bootstrap standard error of a neighbouring floor's shortfall
    /// is 0.003-0.008 on the shipped data, and retraining after small lexicon changes has moved the F1 of the floors 0.10-0.20 by up
    /// to 0.005: floors within 0.01 of the best cannot be told apart on this data.
    /// </summary>
    internal const double PlateauTolerance = 0.01;

    /// <summary>The line of <c>event-verifier.md</c> that records the chosen floor (read back by <c>VerifierFloorTests</c>).</summary>
    internal const string ChosenPrefix = "Chosen floor (the shipped floor while it lies on the out-of-fold F1's plateau, else the plateau's middle): ";

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

    /// <summary>
    /// The earlier rule, kept for the report's comparison: the highest floor whose shortfall from the best F1 is within its standard
    /// error (rows from <see cref="WithShortfalls"/>).
    /// </summary>
    public static float OneStandardError(IReadOnlyList<Row> rows) => rows.Where(r => r.Shortfall <= r.ShortfallError).Max(r => r.Floor);

    /// <summary>The plateau of <paramref name="rows"/> (in grid order): its interpolated ends and the F1 level that bounds it.</summary>
    public static (double Low, double High, double Level) Plateau(IReadOnlyList<Row> rows)
    {
        int best = BestIndex(rows);
        double level = rows[best].F1 - PlateauTolerance;
        int low = best, high = best;
        while (low > 0 && rows[low - 1].F1 >= level)
        {
            low--;
        }

        while (high < rows.Count - 1 && rows[high + 1].F1 >= level)
        {
            high++;
        }

        // An end inside the grid lies where the straight line between the last floor on the plateau and the first off it crosses
        // the level; at the grid's edge the plateau ends there.
        double lowEnd = low == 0 ? rows[0].Floor : Crossing(rows[low - 1], rows[low], level);
        double highEnd = high == rows.Count - 1 ? rows[high].Floor : Crossing(rows[high + 1], rows[high], level);
        return (lowEnd, highEnd, level);
    }

    /// <summary>
    /// The rule: while <paramref name="shipped"/> (the floor the library ships) lies on the plateau, the floor of <paramref name="rows"/>
    /// nearest it: the plateau's floors cannot be told apart on this data, and keeping the shipped one makes retraining after a small
    /// change of the data leave the floor where it is (hysteresis). Otherwise, or with no shipped floor, the floor nearest the middle
    /// of the plateau; on a tie, the higher. <paramref name="rows"/> is a grid in order, usually <see cref="FineGrid"/>.
    /// </summary>
    public static float Choose(IReadOnlyList<Row> rows, float? shipped = null)
    {
        (double low, double high, _) = Plateau(rows);
        double target = shipped is { } kept && kept >= low && kept <= high ? kept : (low + high) / 2;
        Row chosen = rows[0];
        foreach (Row row in rows)
        {
            if (Math.Round(Math.Abs(row.Floor - target), 4) <= Math.Round(Math.Abs(chosen.Floor - target), 4))
            {
                chosen = row;
            }
        }

        return chosen.Floor;
    }

    /// <summary>The rule on the scored candidates: F1 on <see cref="FineGrid"/>, then <see cref="Choose(IReadOnlyList{Row}, float?)"/>.</summary>
    public static float Choose(IReadOnlyCollection<(bool Label, float P, float Weight)> scored, float? shipped = null) => Choose(Table(scored, FineGrid), shipped);

    /// <summary>
    /// How the rules' choices spread over <see cref="Resamples"/> resamples of the articles (seeded): the floors the plateau rule
    /// chooses, and those the one-standard-error rule chooses on the report's grid with the full data's standard errors. A rule
    /// that small changes of the data move little chooses nearly the same floor in every resample.
    /// </summary>
    public static (float[] Plateau, float[] OneStandardError) Spread(IReadOnlyList<(string Article, bool Label, float P, float Weight)> scored, IReadOnlyList<Row> rowsWithErrors, int seed = 16, float? shipped = null)
    {
        var byArticle = scored.GroupBy(s => s.Article, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Select(s => (s.Label, s.P, s.Weight)).ToList()).ToList();
        var random = new Random(seed);
        var plateau = new float[Resamples];
        var oneError = new float[Resamples];
        var grid = rowsWithErrors.Select(r => r.Floor).ToArray();
        for (int b = 0; b < Resamples; b++)
        {
            var sample = new List<(bool, float, float)>(scored.Count);
            for (int a = 0; a < byArticle.Count; a++)
            {
                sample.AddRange(byArticle[random.Next(byArticle.Count)]);
            }

            plateau[b] = Choose(sample, shipped);
            List<Row> rows = Table(sample, grid);
            double best = rows[BestIndex(rows)].F1;
            oneError[b] = rows.Where((r, i) => best - r.F1 <= rowsWithErrors[i].ShortfallError).Max(r => r.Floor);
        }

        return (plateau, oneError);
    }

    private static int BestIndex(IReadOnlyList<Row> rows)
    {
        float best = Best(rows);
        for (int i = 0; i < rows.Count; i++)
        {
            if (rows[i].Floor == best)
            {
                return i;
            }
        }

        return 0;
    }

    // The floor where the line from a floor off the plateau to its neighbour on it crosses the level.
    private static double Crossing(Row off, Row on, double level) =>
        on.F1 == off.F1 ? on.Floor : off.Floor + ((level - off.F1) / (on.F1 - off.F1) * (on.Floor - off.Floor));

    private static double StandardDeviation(double[] values)
    {
        double mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / Math.Max(1, values.Length - 1));
    }

    /// <summary>
    /// The table as markdown (the report's grid, with the chosen floor's own row when the fine grid put it between two), the plateau,
    /// the chosen floor's line and, given <paramref name="spread"/>, how both rules' choices spread over resampled articles.
    /// </summary>
    public static string Markdown(List<Row> rows, List<Row> fineRows, float chosen, (float[] Plateau, float[] OneStandardError)? spread = null)
    {
        var text = new StringBuilder();
        text.AppendLine("| floor | kept (weighted) | right kept | precision | recall (right kept) | F1 | shortfall from the best F1 (standard error) |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|");
        var shown = rows.ToList();
        if (!shown.Any(r => r.Floor == chosen))
        {
            Row own = fineRows.Single(r => r.Floor == chosen);
            shown.Add(own with { Shortfall = double.NaN });
            shown.Sort((a, b) => a.Floor.CompareTo(b.Floor));
        }

        foreach (Row r in shown)
        {
            string mark = r.Floor == chosen ? "**" : "";
            string shortfall = double.IsNaN(r.Shortfall) ? "" : $"{r.Shortfall:0.0000} ({r.ShortfallError:0.0000})";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {mark}{r.Floor:0.00}{mark} | {r.Kept:0} | {r.RightKept:0} | {r.Precision:0.000} | {r.Recall:0.000} | {mark}{r.F1:0.000}{mark} | {shortfall} |");
        }

        (double low, double high, double level) = Plateau(fineRows);
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Highest out-of-fold F1: floor {Best(rows):0.00} on the grid above, {Best(fineRows):0.00} on the grid of 0.01 (F1 {level + PlateauTolerance:0.0000}).");
        text.AppendLine(CultureInfo.InvariantCulture, $"Plateau (F1 within {PlateauTolerance:0.00} of the best, on the grid of 0.01, ends interpolated): floors {low:0.000} to {high:0.000}, middle {(low + high) / 2:0.000}.");
        text.AppendLine(CultureInfo.InvariantCulture, $"The earlier rule (the highest floor of the grid above within one standard error of the best) would choose {OneStandardError(rows):0.00}.");
        if (spread is { } s)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Over {s.Plateau.Length} resamples of the articles (seeded): the plateau rule (with the shipped floor) chooses {Counts(s.Plateau)}; the one-standard-error rule {Counts(s.OneStandardError)}.");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{ChosenPrefix}{chosen:0.00}");
        return text.ToString();
    }

    // "0.15 62%, 0.20 30%, ...": the choices by how often, most often first.
    private static string Counts(float[] choices) =>
        string.Join(", ", choices.GroupBy(c => c).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key:0.00} {100.0 * g.Count() / choices.Length:0}%")));
}
