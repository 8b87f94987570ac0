using System.Runtime.InteropServices;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// The last gate of the event stage: from the rules' evidence about one candidate event (<see cref="VerifierFeatures"/>), the
/// probability that it is a right, in-scope event of its type: asserted, positive, in the right sense, between parties. Trained by
/// the NewsNlp.Training tool's <c>train-event-verifier</c> on the candidates of the event corpus and on hand-judged output events
/// (folds by article; see <c>Resources/Models/README.md</c>); the weights are a one-type <see cref="EventClassifierModel"/>
/// scored in plain C#.
/// </summary>
internal static class EventVerifier
{
    /// <summary>The name of the model's one output.</summary>
    public const string Output = "event";

    private const string ResourceName = "NewsNlp.Models/event-verifier.bin";

    [ThreadStatic]
    private static List<int>? featureBuffer;

    private static readonly Lazy<EventClassifierModel> DefaultModel = new(() =>
    {
        using Stream stream = ResourceFile.Open(ResourceName);
        return EventClassifierModel.Load(stream);
    });

    /// <summary>The shipped model.</summary>
    public static EventClassifierModel Default => DefaultModel.Value;

    /// <summary>The probability that <paramref name="candidate"/> is a right, in-scope event of its type.</summary>
    public static float Probability(EventClassifierModel model, Document document, Sentence sentence, TriggerMatch trigger, EventCandidate candidate, in VerifierCues cues)
    {
        List<int> features = featureBuffer ??= new List<int>(512);
        features.Clear();
        VerifierFeatures.Collect(document, sentence, trigger, candidate, cues, features);
        return model.Probability(CollectionsMarshal.AsSpan(features), 0);
    }

    /// <summary>The share of the article's sentences with a conflict or relations word (an article-level cue: war news or trade news).</summary>
    public static float ConflictShare(Document document)
    {
        int prose = 0, conflict = 0;
        foreach (Sentence sentence in document.Sentences)
        {
            if (sentence.TokenCount == 0)
            {
                continue;
            }

            prose++;
            conflict += TopicFilter.HasConflictWord(document, sentence) ? 1 : 0;
        }

        return prose == 0 ? 0f : (float)conflict / prose;
    }
}
