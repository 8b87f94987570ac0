using NewsNlp.Events;
using NewsNlp.Events.Filters;
using NewsNlp.Text;

namespace NewsNlp.Training.Events;

/// <summary>
/// A compact dense description of one candidate event for a tree learner: the type, the rules' word classes around the trigger,
/// the parties' counts, kinds and flags, the day, the scope probability, the article's conflict share, the sentence's kind,
/// length and quotation, and the trigger's place in the sentence. The same evidence as <see cref="VerifierFeatures"/> without
/// the words.
/// </summary>
internal static class VerifierDense
{
    private static readonly string[] Types = [.. EventTaxonomy.TypeNames];

    private static readonly int ClassCount = VerifierFeatures.CueClasses.Length;

    /// <summary>The number of values <see cref="Collect"/> writes.</summary>
    public static int Length { get; } = Types.Length + 1 + (3 * ClassCount) + 6 + 9 + 5 + 4 + 4 + 6;

    /// <summary>Writes the dense values of <paramref name="candidate"/> to <paramref name="values"/> (of <see cref="Length"/> at least).</summary>
    public static void Collect(Document document, Sentence sentence, TriggerMatch trigger, EventCandidate candidate, in VerifierCues cues, Span<float> values)
    {
        values[..Length].Clear();
        int at = 0;
        int type = Array.IndexOf(Types, candidate.Type);
        if (type >= 0)
        {
            values[at + type] = 1f;
        }

        at += Types.Length;
        values[at++] = trigger.Pattern.Weak ? 1f : 0f;

        Span<byte> seen = stackalloc byte[ClassCount];
        VerifierFeatures.ClassPositions(document, sentence, trigger, seen);
        for (int c = 0; c < ClassCount; c++)
        {
            values[at++] = (seen[c] & VerifierFeatures.Before) != 0 ? 1f : 0f;
            values[at++] = (seen[c] & VerifierFeatures.After) != 0 ? 1f : 0f;
            values[at++] = (seen[c] & VerifierFeatures.Anywhere) != 0 ? 1f : 0f;
        }

        values[at++] = candidate.Actors.Count;
        values[at++] = candidate.Targets.Count;
        values[at++] = candidate.Actors.Count(a => VerifierFeatures.Kind(a) == "state");
        values[at++] = candidate.Actors.Count(a => VerifierFeatures.Kind(a) != "state");
        values[at++] = candidate.Targets.Count(a => VerifierFeatures.Kind(a) == "state");
        values[at++] = candidate.Targets.Count(a => VerifierFeatures.Kind(a) != "state");

        values[at++] = candidate.Mutual ? 1f : 0f;
        values[at++] = candidate.Passive ? 1f : 0f;
        values[at++] = candidate.ActorsFromSubject ? 1f : 0f;
        values[at++] = candidate.TargetsByDefault ? 1f : 0f;
        values[at++] = candidate.PairTargets ? 1f : 0f;
        values[at++] = candidate.ReferenceOnly ? 1f : 0f;
        values[at++] = candidate.SelfContained ? 1f : 0f;
        values[at++] = candidate.AgentlessPassive ? 1f : 0f;
        values[at++] = candidate.Distinct ? 1f : 0f;

        // The day against the publication date: none, unknown, after, at, before.
        int day = candidate.Date is not { } date ? 0 : document.Published is not { } published ? 1
            : date > published.AddDays(1) ? 2 : date >= published.AddDays(-1) ? 3 : 4;
        values[at + day] = 1f;
        at += 5;

        values[at++] = float.IsNaN(cues.ScopeProbability) ? -1f : cues.ScopeProbability;
        values[at++] = cues.ArticleConflictShare;
        values[at++] = cues.SentenceHasConflictWord ? 1f : 0f;
        values[at++] = cues.BusinessWords;

        values[at++] = (int)sentence.Kind;
        values[at++] = VerifierFeatures.InsideQuote(document, sentence, trigger) ? 1f : 0f;
        values[at++] = sentence.TokenCount;
        values[at++] = sentence.TokenCount == 0 ? 0f : (float)(trigger.FirstToken - sentence.FirstToken) / sentence.TokenCount;

        values[at++] = candidate.Weapons.Count;
        values[at++] = candidate.Location is null ? 0f : 1f;
        values[at++] = candidate.Attribution is null ? 0f : 1f;
        values[at++] = trigger.LastToken - trigger.FirstToken + 1;
        values[at++] = candidate.Sentences.Count;
        values[at] = (float)candidate.Confidence;
    }
}
