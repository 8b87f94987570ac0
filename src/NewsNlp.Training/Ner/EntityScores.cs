using System.Globalization;
using System.Text;
using NewsNlp.Extraction.Entities;

namespace NewsNlp.Training.Ner;

/// <summary>conlleval-style exact-span counts per entity type.</summary>
internal sealed class EntityScores
{
    private readonly int[] truePositives = new int[5];
    private readonly int[] falsePositives = new int[5];
    private readonly int[] falseNegatives = new int[5];

    /// <summary>Number of tokens scored.</summary>
    public int Tokens { get; private set; }

    /// <summary>Adds one sentence's gold and predicted labels.</summary>
    public void Add(ReadOnlySpan<byte> gold, ReadOnlySpan<byte> predicted)
    {
        Tokens += gold.Length;
        var g = new List<EntitySpan>();
        var p = new List<EntitySpan>();
        EntityLabels.ToSpans(gold, 0, g);
        EntityLabels.ToSpans(predicted, 0, p);
        foreach (EntitySpan span in p)
        {
            if (g.Contains(span))
            {
                truePositives[(int)span.Type]++;
            }
            else
            {
                falsePositives[(int)span.Type]++;
            }
        }

        foreach (EntitySpan span in g)
        {
            if (!p.Contains(span))
            {
                falseNegatives[(int)span.Type]++;
            }
        }
    }

    /// <summary>Precision, recall and F1 for one type, or for all when <paramref name="type"/> is None.</summary>
    public (double Precision, double Recall, double F1, int Gold) Score(EntityType type)
    {
        int tp = 0, fp = 0, fn = 0;
        for (int t = 1; t < 5; t++)
        {
            if (type == EntityType.None || (int)type == t)
            {
                tp += truePositives[t];
                fp += falsePositives[t];
                fn += falseNegatives[t];
            }
        }

        double p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return (p, r, f, tp + fn);
    }

    /// <summary>A Markdown table with one row per type and an overall row.</summary>
    public string ToTable()
    {
        var sb = new StringBuilder();
        sb.AppendLine("| type | precision | recall | F1 | gold |");
        sb.AppendLine("|---|---:|---:|---:|---:|");
        foreach ((string name, EntityType type) in new[] { ("PER", EntityType.Person), ("LOC", EntityType.Location), ("ORG", EntityType.Organization), ("MISC", EntityType.Miscellaneous), ("overall", EntityType.None) })
        {
            var (p, r, f, gold) = Score(type);
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {p:F4} | {r:F4} | {f:F4} | {gold} |"));
        }

        return sb.ToString();
    }
}
