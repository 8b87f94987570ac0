using System.Globalization;
using System.Text;

namespace NewsNlp.Tests.Extraction.Casualties.Evaluation;

/// <summary>
/// Count-and-kind tallies and place accuracy of the casualty set broken down by source, kind, scope and batch,
/// for the development half (every dev split) and the report half apart. Only aggregates: the report
/// half is scored, never read, so no sentence or error of it is kept here.
/// </summary>
/// <remarks>
/// A true positive and a false negative are filed under the gold item's kind and scope, a false
/// positive under the system item's (the only one it has); the source is the sentence's.
/// </remarks>
public sealed class CasualtyBreakdown
{
    /// <summary>The half of every development split.</summary>
    public const string DevelopmentHalf = "development";

    /// <summary>The report half.</summary>
    public const string ReportHalf = "report";

    private readonly Dictionary<(string Half, string Dimension, string Value), CasualtyEvaluation.Score> cells = [];

    /// <summary>The half a split belongs to.</summary>
    public static string HalfOf(string split) => split == "report" ? ReportHalf : DevelopmentHalf;

    /// <summary>The four cells (source, kind, scope, batch) an outcome of <paramref name="sentence"/> is tallied in.</summary>
    public IReadOnlyList<CasualtyEvaluation.Score> Cells(AnnotatedSentence sentence, string kind, string scope)
    {
        string half = HalfOf(sentence.Split);
        return [Cell(half, "source", sentence.Source), Cell(half, "kind", kind), Cell(half, "scope", scope),
            Cell(half, "batch", sentence.Batch.ToString("00", CultureInfo.InvariantCulture))];
    }

    /// <summary>The score of one cell (an empty score when nothing fell in it).</summary>
    public CasualtyEvaluation.Score Get(string half, string dimension, string value) =>
        cells.TryGetValue((half, dimension, value), out CasualtyEvaluation.Score? score) ? score : new CasualtyEvaluation.Score();

    /// <summary>
    /// A Markdown table: one row per source, kind, scope and batch; for each half TP / FP / FN, count-and-kind
    /// P, R, F1 and place accuracy over its matched pairs (with their number).
    /// </summary>
    public string Table()
    {
        var table = new StringBuilder();
        table.AppendLine("| by | value | dev TP/FP/FN | dev P | dev R | dev F1 | dev place (pairs) | report TP/FP/FN | report P | report R | report F1 | report place (pairs) |");
        table.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (string dimension in (string[])["source", "kind", "scope", "batch"])
        {
            IEnumerable<string> values = dimension switch
            {
                "source" => CasualtySet.SourceFiles.Keys.Order(StringComparer.Ordinal),
                "kind" => ["killed", "injured", "missing", "kidnapped", "arrested", "displaced"],
                _ => cells.Keys.Where(k => k.Dimension == dimension).Select(k => k.Value).Distinct().Order(StringComparer.Ordinal),
            };
            foreach (string value in values)
            {
                table.AppendLine($"| {dimension} | {value} | {Columns(Get(DevelopmentHalf, dimension, value))} | {Columns(Get(ReportHalf, dimension, value))} |");
            }
        }

        return table.ToString();
    }

    private static string Columns(CasualtyEvaluation.Score s)
    {
        (int right, int total) = s.Fields.Counts.GetValueOrDefault("place");
        string place = total == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{(double)right / total:0.000} ({total})");
        return string.Create(CultureInfo.InvariantCulture,
            $"{s.TruePositives}/{s.FalsePositives}/{s.FalseNegatives} | {s.Precision:0.000} | {s.Recall:0.000} | {s.F1:0.000} | {place}");
    }

    private CasualtyEvaluation.Score Cell(string half, string dimension, string value)
    {
        if (!cells.TryGetValue((half, dimension, value), out CasualtyEvaluation.Score? score))
        {
            score = new CasualtyEvaluation.Score();
            cells[(half, dimension, value)] = score;
        }

        return score;
    }
}
