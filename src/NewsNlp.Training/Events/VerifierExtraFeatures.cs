using NewsNlp.Events;
using NewsNlp.Events.Filters;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Training.Events;

/// <summary>The feature groups the training tool can add to the verifier's hashed features, as experiments (<c>train-event-verifier --extra</c>).</summary>
[Flags]
internal enum VerifierExtras
{
    /// <summary>The shipped features only.</summary>
    None = 0,

    /// <summary>The conjunctions of <see cref="VerifierExtraFeatures.Conjunctions"/>.</summary>
    Conjunctions = 1,

    /// <summary>The builder's confidence: the sentence classifier's probability for the type.</summary>
    Classifier = 2,

    /// <summary>The words of the article's title and of the sentence before the trigger's.</summary>
    Context = 4,
}

/// <summary>
/// Feature groups tried on the verifier (none of them lifted its cross-validated precision; <c>Resources/Models/README.md</c>).
/// Conjunctions of the verifier's features that a linear model cannot form from their parts: the party shape with the type and
/// with the trigger, the trigger with the modality and negation classes around it, the quotation with the type and a verb of
/// saying, the trigger with the candidate's day and with the scope model's opinion.
/// </summary>
internal static class VerifierExtraFeatures
{
    // The classes whose meaning depends most on the trigger they stand next to: modality, negation, plans and speech.
    private static readonly WordClass[] ModalClasses =
    [
        EventWords.Irrealis, EventWords.NegatingVerbs, EventWords.FutureAuxiliaries, EventWords.FutureModals, EventWords.ConditionalModals,
        EventWords.SubjectModals, EventWords.PlanNouns, EventWords.PlanAdjectives, EventWords.HearsayWords, EventWords.SayVerbs,
    ];

    private static readonly int[] ModalIndexes = [.. ModalClasses.Select(c => Array.IndexOf(VerifierFeatures.CueClasses, c))];

    /// <summary>Adds the groups of <paramref name="extras"/> to <paramref name="features"/>.</summary>
    public static void Collect(VerifierExtras extras, Document document, Sentence sentence, TriggerMatch trigger, EventCandidate candidate, in VerifierCues cues, List<int> features)
    {
        uint typeKey = VerifierFeatures.Hash("type", candidate.Type);
        if (extras.HasFlag(VerifierExtras.Conjunctions))
        {
            Conjunctions(document, sentence, trigger, candidate, cues, features);
        }

        if (extras.HasFlag(VerifierExtras.Classifier))
        {
            string decile = ((int)Math.Clamp(candidate.Confidence * 10, 0, 9)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            EventFeatureHash.AddWithType(typeKey, VerifierFeatures.Hash("classifier", decile), features);
        }

        if (extras.HasFlag(VerifierExtras.Context))
        {
            foreach (string word in Words(document.Title ?? ""))
            {
                EventFeatureHash.AddWithType(typeKey, VerifierFeatures.Hash("title", word), features);
            }

            int index = Array.FindIndex(document.Sentences.ToArray(), s => s.FirstToken == sentence.FirstToken);
            if (index > 0)
            {
                Sentence previous = document.Sentences[index - 1];
                for (int t = previous.FirstToken; t < previous.EndToken; t++)
                {
                    if (document.Tokens[t].Kind == TokenKind.Word)
                    {
                        Add(VerifierFeatures.Hash("previous", document.Span(document.Tokens[t]).ToString().ToLowerInvariant()), features);
                    }
                }
            }
        }
    }

    private static IEnumerable<string> Words(string text) =>
        text.ToLowerInvariant().Split((char[])[' ', ',', '.', ':', ';', '"', '\'', '(', ')', '-'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Adds the conjunctions of <paramref name="candidate"/> to <paramref name="features"/>.</summary>
    public static void Conjunctions(Document document, Sentence sentence, TriggerMatch trigger, EventCandidate candidate, in VerifierCues cues, List<int> features)
    {
        uint typeKey = VerifierFeatures.Hash("type", candidate.Type);
        uint triggerKey = VerifierFeatures.Hash("trigger", trigger.Pattern.Text);
        string firstActor = candidate.Actors.Count == 0 ? "-" : VerifierFeatures.Kind(candidate.Actors[0]);
        string firstTarget = candidate.Targets.Count == 0 ? "-" : VerifierFeatures.Kind(candidate.Targets[0]);
        uint shape = VerifierFeatures.Hash("shape", $"{Math.Min(candidate.Actors.Count, 2)}{Math.Min(candidate.Targets.Count, 2)}{firstActor}{firstTarget}{(candidate.Mutual ? "m" : "")}{(candidate.TargetsByDefault ? "d" : "")}");
        Add(Mix(typeKey, shape), features);
        Add(Mix(triggerKey, shape), features);

        Span<byte> seen = stackalloc byte[VerifierFeatures.CueClasses.Length];
        VerifierFeatures.ClassPositions(document, sentence, trigger, seen);
        foreach (int c in ModalIndexes)
        {
            if ((seen[c] & VerifierFeatures.Before) != 0)
            {
                Add(Mix(triggerKey, VerifierFeatures.Hash("trigger-class-before", VerifierFeatures.CueClasses[c].Name)), features);
                Add(Mix(shape, VerifierFeatures.Hash("shape-class-before", VerifierFeatures.CueClasses[c].Name)), features);
            }

            if ((seen[c] & VerifierFeatures.After) != 0)
            {
                Add(Mix(triggerKey, VerifierFeatures.Hash("trigger-class-after", VerifierFeatures.CueClasses[c].Name)), features);
            }
        }

        bool quoted = VerifierFeatures.InsideQuote(document, sentence, trigger);
        int say = Array.IndexOf(VerifierFeatures.CueClasses, EventWords.SayVerbs);
        Add(Mix(typeKey, VerifierFeatures.Hash("quoted-say", $"{(quoted ? 1 : 0)}{(seen[say] != 0 ? 1 : 0)}{(int)sentence.Kind}")), features);
        Add(Mix(triggerKey, VerifierFeatures.Hash("quoted", quoted ? "1" : "0")), features);

        string day = candidate.Date is not { } date ? "none" : document.Published is not { } published ? "unknown"
            : date > published.AddDays(1) ? "after" : date >= published.AddDays(-1) ? "at" : "before";
        Add(Mix(triggerKey, VerifierFeatures.Hash("day", day)), features);
        string scope = float.IsNaN(cues.ScopeProbability) ? "none" : cues.ScopeProbability < 0.3f ? "low" : cues.ScopeProbability < 0.6f ? "mid" : "high";
        Add(Mix(triggerKey, VerifierFeatures.Hash("scope", scope)), features);
        string topic = $"{(cues.SentenceHasConflictWord ? 1 : 0)}{(cues.ArticleConflictShare < 0.15f ? 0 : cues.ArticleConflictShare < 0.3f ? 1 : 2)}{Math.Min(cues.BusinessWords, 2)}";
        Add(Mix(typeKey, VerifierFeatures.Hash("topic", topic)), features);
        Add(Mix(shape, VerifierFeatures.Hash("topic", topic)), features);
    }

    private static void Add(uint key, List<int> features) => features.Add(SentenceFeaturizer.Bucket(key));

    private static uint Mix(uint a, uint b) => EventFeatureHash.Mix(a, b);
}
