using NewsNlp.Events.Filters;
using NewsNlp.Text;

namespace NewsNlp.Events;

/// <summary>The events no lexicon trigger found: paraphrases the sentence classifier is confident of.</summary>
internal static class ClassifierParaphrases
{
    /// <summary>The classifier alone makes an event (a paraphrase the lexicon misses) at this probability.</summary>
    internal const float ClassifierOnly = 0.9f;

    /// <summary>The index of <paramref name="type"/> among the classifier's outputs, or -1.</summary>
    public static int TypeIndex(EventClassifierModel classifier, string type) => classifier.Types.IndexOf(type);

    /// <summary>The classifier types that a lexicon trigger of the sentence already holds, as a bit mask.</summary>
    public static int TypeMask(EventClassifierModel classifier, List<TriggerMatch> triggers)
    {
        int mask = 0;
        foreach (TriggerMatch trigger in triggers)
        {
            int t = TypeIndex(classifier, trigger.Type);
            mask |= t >= 0 ? 1 << t : 0;
        }

        return mask;
    }

    /// <summary>Paraphrases: a confident classifier makes an event where no trigger of that type fired.</summary>
    public static void Add(EventExtractor extractor, Document document, int s, EventClassifierModel classifier, ReadOnlySpan<float> probabilities, int typesWithTriggers,
        int business, CandidateBuilder builder, ActorIndex index, FutureDates futureDates, List<EventCandidate> candidates, ref float articleConflict)
    {
        Sentence sentence = document.Sentences[s];
        if (sentence.Kind != SentenceKind.Prose || business >= 2)
        {
            return;
        }

        for (int t = 0; t < probabilities.Length; t++)
        {
            if ((typesWithTriggers & (1 << t)) != 0 || probabilities[t] < ClassifierOnly)
            {
                continue;
            }

            // Anchor the act after the first participant mention (the subject).
            int m = index.FirstAtOrAfter(sentence.FirstToken);
            if (m >= index.Mentions.Length || index.Mentions[m].FirstToken >= sentence.EndToken || index.Mentions[m].LastToken + 1 >= sentence.EndToken)
            {
                continue;
            }

            int anchor = index.Mentions[m].LastToken + 1;
            var pseudo = new TriggerMatch(new TriggerPattern(classifier.Types[t], [], Weak: false, Mutual: false, "(classifier)"), anchor, anchor);
            if (!IrrealisFilter.IsIrrealis(document, sentence, pseudo) && !TriggerRules.IsPlannedMeeting(document, futureDates, sentence, pseudo) && !PartyFilter.IsNonPartyAct(document, sentence, pseudo, index) && !TopicFilter.IsEconomicAppeal(document, sentence, pseudo, index) && !TopicFilter.IsTradeMeasure(document, sentence, pseudo)
                && builder.Build(s, pseudo, probabilities[t]) is { } candidate
                && extractor.Verified(document, s, pseudo, candidate, new VerifierCues(float.NaN, EventExtractor.ArticleConflict(document, ref articleConflict), TopicFilter.HasConflictWord(document, sentence), business)))
            {
                candidates.Add(candidate);
            }
        }
    }
}
