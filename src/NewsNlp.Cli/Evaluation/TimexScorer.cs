using System.Globalization;
using System.Text;

namespace NewsNlp.Cli.Evaluation;

/// <summary>
/// TempEval-3 temporal-expression scoring: a prediction matches a gold expression when their spans
/// overlap (relaxed; one-to-one, greatest overlap first) or are equal (strict). Type and value
/// accuracy are over relaxed matches; type and value F1 count a match only when the attribute is
/// equal too, with precision over all predictions and recall over all gold expressions.
/// </summary>
internal sealed class TimexScorer
{
    private readonly Dictionary<string, int[]> perType = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> errors = new(StringComparer.Ordinal);
    private readonly List<string> examples = [];
    private int gold;
    private int predicted;
    private int relaxed;
    private int strict;
    private int typeCorrect;
    private int valueCorrect;

    /// <summary>Documents scored.</summary>
    public int Documents { get; private set; }

    /// <summary>Error lines (document, gold and predicted text and value), in document order.</summary>
    public IReadOnlyList<string> Examples => examples;

    /// <summary>Scores the predictions of one document.</summary>
    public void Add(TimexDocument document, IReadOnlyList<TimexSpan> predictions)
    {
        Documents++;
        gold += document.Gold.Count;
        predicted += predictions.Count;
        int[] match = Align(document.Gold, predictions);
        bool[] used = new bool[predictions.Count];
        for (int g = 0; g < document.Gold.Count; g++)
        {
            TimexSpan expected = document.Gold[g];
            int[] row = Row(expected.Type);
            row[0]++;
            if (match[g] < 0)
            {
                Count($"missed {expected.Type}");
                examples.Add($"{document.Id}\tmissed\t{expected.Type}\t{Flat(expected.Text)}\t{expected.Value}\t\t");
                continue;
            }

            TimexSpan found = predictions[match[g]];
            used[match[g]] = true;
            relaxed++;
            row[1]++;
            bool sameSpan = found.Start == expected.Start && found.End == expected.End;
            bool sameType = string.Equals(found.Type, expected.Type, StringComparison.OrdinalIgnoreCase);
            bool sameValue = found.Value is not null && string.Equals(found.Value, expected.Value, StringComparison.Ordinal);
            strict += sameSpan ? 1 : 0;
            row[2] += sameSpan ? 1 : 0;
            typeCorrect += sameType ? 1 : 0;
            valueCorrect += sameValue ? 1 : 0;
            row[3] += sameValue ? 1 : 0;
            if (!sameSpan)
            {
                Count($"span {expected.Type}");
            }

            if (!sameType)
            {
                Count($"type {expected.Type} as {found.Type.ToUpperInvariant()}");
            }

            if (!sameValue)
            {
                Count($"value {expected.Type}");
            }

            if (!sameSpan || !sameValue || !sameType)
            {
                string kind = !sameValue ? "value" : !sameSpan ? "span" : "type";
                examples.Add($"{document.Id}\t{kind}\t{expected.Type}\t{Flat(expected.Text)}\t{expected.Value}\t{Flat(found.Text)}\t{found.Value}");
            }
        }

        for (int p = 0; p < predictions.Count; p++)
        {
            if (!used[p])
            {
                Count($"spurious {predictions[p].Type.ToUpperInvariant()}");
                examples.Add($"{document.Id}\tspurious\t\t\t\t{Flat(predictions[p].Text)}\t{predictions[p].Value}");
            }
        }
    }

    /// <summary>The summary, per-type and error tables.</summary>
    public string FormatTables(int errorRows)
    {
        var s = new StringBuilder();
        s.Append(CultureInfo.InvariantCulture, $"documents: {Documents}   gold: {gold}   predicted: {predicted}\n");
        s.Append("measure            P      R     F1\n");
        Line(s, "relaxed span", relaxed);
        Line(s, "strict span", strict);
        Line(s, "type", typeCorrect);
        Line(s, "value", valueCorrect);
        s.Append(CultureInfo.InvariantCulture, $"type accuracy   {Ratio(typeCorrect, relaxed):F3}   value accuracy  {Ratio(valueCorrect, relaxed):F3}   (over {relaxed} relaxed matches)\n\n");
        s.Append("gold type   count  found  strict  value   recall  value-recall\n");
        foreach ((string type, int[] row) in perType.OrderByDescending(p => p.Value[0]))
        {
            s.Append(CultureInfo.InvariantCulture, $"{type,-10} {row[0],6} {row[1],6} {row[2],7} {row[3],6}   {Ratio(row[1], row[0]),6:F3}  {Ratio(row[3], row[0]),6:F3}\n");
        }

        s.Append("\nerror                          count\n");
        foreach ((string error, int count) in errors.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).Take(errorRows))
        {
            s.Append(CultureInfo.InvariantCulture, $"{error,-30} {count,5}\n");
        }

        return s.ToString();
    }

    private void Line(StringBuilder s, string name, int correct)
    {
        double p = Ratio(correct, predicted);
        double r = Ratio(correct, gold);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        s.Append(CultureInfo.InvariantCulture, $"{name,-14} {p,6:F3} {r,6:F3} {f,6:F3}   ({correct})\n");
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : a / (double)b;

    private static string Flat(string text) => text.Replace('\n', ' ').Replace('\t', ' ');

    private int[] Row(string type)
    {
        if (!perType.TryGetValue(type, out int[]? row))
        {
            row = new int[4];
            perType[type] = row;
        }

        return row;
    }

    private void Count(string error) => errors[error] = errors.GetValueOrDefault(error) + 1;

    /// <summary>For each gold expression the overlapping prediction it is paired with (greatest overlap first, one-to-one), or -1.</summary>
    private static int[] Align(IReadOnlyList<TimexSpan> golds, IReadOnlyList<TimexSpan> predictions)
    {
        var pairs = new List<(int Overlap, int Gold, int Prediction)>();
        for (int g = 0; g < golds.Count; g++)
        {
            for (int p = 0; p < predictions.Count; p++)
            {
                int overlap = Math.Min(golds[g].End, predictions[p].End) - Math.Max(golds[g].Start, predictions[p].Start);
                if (overlap > 0)
                {
                    pairs.Add((overlap, g, p));
                }
            }
        }

        int[] match = Enumerable.Repeat(-1, golds.Count).ToArray();
        bool[] taken = new bool[predictions.Count];
        foreach ((_, int g, int p) in pairs.OrderByDescending(x => x.Overlap).ThenBy(x => x.Gold).ThenBy(x => x.Prediction))
        {
            if (match[g] < 0 && !taken[p])
            {
                match[g] = p;
                taken[p] = true;
            }
        }

        return match;
    }
}
