using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// The per-trigger scope model: from the words around a trigger, the probability that it reports an event the guidelines
/// count (not planned, hypothetical, negated, offered, another sense, or between parties that are no parties). Trained by
/// the NewsNlp.Training tool's <c>train-event-scope</c> on the event corpus's polarity, modality and scope labels (folds by
/// article; see <c>Resources/Models/README.md</c>); the weights are an <see cref="EventClassifierModel"/> scored in plain C#.
/// </summary>
internal static class EventScope
{
    /// <summary>
    /// The words the model reads: "plans to", "rejected the", "will", "talks with the banks" stand within eight tokens of the
    /// trigger (the irrealis look-back is five words, a partner phrase up to seven). Training reads the same window.
    /// </summary>
    public static readonly TokenWindow Reach = new(8, 8);

    private const string ResourceName = "NewsNlp.Models/event-scope.bin";

    private static readonly Lazy<EventClassifierModel> DefaultModel = new(() =>
    {
        using Stream stream = ResourceFile.Open(ResourceName);
        return EventClassifierModel.Load(stream);
    });

    /// <summary>The shipped model.</summary>
    public static EventClassifierModel Default => DefaultModel.Value;

    /// <summary>The probability that <paramref name="trigger"/> reports an in-scope event of its type.</summary>
    public static float Probability(EventClassifierModel model, Document document, Sentence sentence, TriggerMatch trigger)
    {
        int type = model.Types.IndexOf(trigger.Type);
        if (type < 0)
        {
            return 1f;
        }

        int first = Reach.StartAt(trigger.FirstToken, sentence);
        int end = Reach.EndAt(trigger.LastToken, sentence);
        Span<float> probabilities = stackalloc float[model.Types.Length];
        model.Score(document.Text, document.Tokens.AsSpan(first, end - first), probabilities);
        return probabilities[type];
    }
}
