using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace NewsNlp.Training.Events;

/// <summary>The result of <see cref="EventClassifierTrainer.CrossValidate"/>: per-type scores and their macro average. Immutable.</summary>
/// <param name="Folds">Number of folds.</param>
/// <param name="Sentences">Number of sentences evaluated.</param>
/// <param name="Types">One score per event type, in <see cref="EventClassifier.EventTypes"/> order.</param>
internal sealed record EventClassifierReport(int Folds, int Sentences, ImmutableArray<EventTypeScore> Types)
{
    /// <summary>The unweighted mean F1 over the event types.</summary>
    public double MacroF1 => Types.IsDefaultOrEmpty ? 0 : Types.Average(t => t.F1);

    /// <summary>The micro-averaged F1 over all type decisions.</summary>
    public double MicroF1
    {
        get
        {
            int tp = Types.Sum(t => t.TruePositives);
            int fp = Types.Sum(t => t.FalsePositives);
            int fn = Types.Sum(t => t.FalseNegatives);
            return tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
        }
    }

    /// <summary>A Markdown table of the scores.</summary>
    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.AppendLine("| type | support | P | R | F1 | tp/fp/fn |");
        sb.AppendLine("|---|---:|---:|---:|---:|---|");
        foreach (EventTypeScore t in Types)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {t.Type} | {t.Support} | {t.Precision:0.000} | {t.Recall:0.000} | {t.F1:0.000} | {t.TruePositives}/{t.FalsePositives}/{t.FalseNegatives} |");
        }

        sb.AppendLine(CultureInfo.InvariantCulture, $"| **macro** | {Sentences} | | | **{MacroF1:0.000}** | micro-F1 {MicroF1:0.000} |");
        return sb.ToString();
    }
}
