namespace NewsNlp.Training.Events;

/// <summary>Cross-validated counts and scores of the event classifier for one event type. Immutable.</summary>
/// <param name="Type">The event type.</param>
/// <param name="Support">Number of sentences labeled with the type.</param>
/// <param name="TruePositives">Sentences labeled and predicted with the type.</param>
/// <param name="FalsePositives">Sentences predicted but not labeled with the type.</param>
/// <param name="FalseNegatives">Sentences labeled but not predicted with the type.</param>
internal sealed record EventTypeScore(string Type, int Support, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>TP / (TP + FP), or 0 when nothing was predicted.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN), or 0 when nothing is labeled.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
