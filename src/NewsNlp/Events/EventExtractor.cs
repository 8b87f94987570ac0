using System.Collections.Immutable;
using NewsNlp.Events.Filters;
using NewsNlp.Extraction.Dates;
using NewsNlp.Text;

namespace NewsNlp.Events;

/// <summary>
/// Finds events: who did what to whom, where, when, with what. Triggers from the lexicon and the
/// trained classifier vote per sentence; arguments come from the entity records; references
/// to one real-world event are merged. Thread-safe: holds only immutable data.
/// </summary>
internal sealed class EventExtractor : IStage
{
    /// <summary>Adds the <see cref="EventLayer"/>; reads the country, person, date and casualty layers.</summary>
    public void Run(Document document) => document.Set(Extract(document, ExtractedFacts.Of(document)));

    /// <summary>A weak trigger (a word with common other senses) needs at least this classifier probability.</summary>
    internal const float WeakFloor = 0.4f;

    /// <summary>A strong trigger in a business-news sentence needs at least this classifier probability.</summary>
    internal const float BusinessFloor = 0.2f;

    /// <summary>
    /// A trigger that passed the rules still needs this probability from the scope model (<see cref="EventScope"/>): chosen from its
    /// cross-validation by article (Resources/Models/event-scope.md), where it keeps 87% of in-scope triggers and removes 55% of the others.
    /// </summary>
    internal const float ScopeFloor = 0.2f;

    /// <summary>
    /// The last gate: a candidate needs at least this probability from the verifier (<see cref="EventVerifier"/>). Its cross-validation
    /// by article (Resources/Models/event-verifier.md) gains precision at every floor of its grid; the floor is the highest of the grid
    /// (steps of 0.05) at which dev30 loses no required event, a rule <c>VerifierFloorTests</c> checks against the shipped model.
    /// </summary>
    internal const float DefaultVerifierFloor = 0.25f;

    /// <summary>The classifier alone makes an event (a paraphrase the lexicon misses) at this probability.</summary>
    internal const float ClassifierOnly = 0.9f;

    private readonly EventClassifierModel? model;

    /// <summary>Creates an extractor with the shipped classifier.</summary>
    public EventExtractor()
        : this(null)
    {
    }

    /// <summary>Creates an extractor with <paramref name="model"/>, or the shipped classifier when null.</summary>
    public EventExtractor(EventClassifierModel? model) => this.model = model;

    /// <summary>The verifier's floor; 0 switches the gate off (training collects every candidate so).</summary>
    internal float VerifierFloor { get; init; } = DefaultVerifierFloor;

    /// <summary>Sees every candidate that reaches the verifier, with its cues (the training tool labels them); null in the library.</summary>
    internal Action<Document, Sentence, TriggerMatch, EventCandidate, VerifierCues>? CandidateObserver { get; init; }

    /// <summary>Sees the triggers the rules rejected, built by a builder of their own (more examples of what is no event); null in the library.</summary>
    internal Action<Document, Sentence, TriggerMatch, EventCandidate, VerifierCues>? RejectedObserver { get; init; }

    /// <summary>Extracts the events of <paramref name="document"/> from its sentences and entity records.</summary>
    public EventLayer Extract(Document document, ExtractedFacts facts)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(facts);
        EventClassifierModel classifier = model ?? EventClassifier.Default;
        var index = ActorIndex.Build(document, facts);
        var builder = new CandidateBuilder(document, index, ResolvedInTextOrder(facts.Dates));
        var futureDates = FutureDates.Of(document, facts.Dates);
        CandidateBuilder? rejected = RejectedObserver is null ? null : new CandidateBuilder(document, index, ResolvedInTextOrder(facts.Dates));
        var candidates = new List<EventCandidate>();
        var triggers = new List<TriggerMatch>();
        float articleConflict = float.NaN; // the share is scanned once, when the first candidate reaches the verifier
        Span<float> probabilities = stackalloc float[classifier.Types.Length];
        for (int s = 0; s < document.Sentences.Length; s++)
        {
            Sentence sentence = document.Sentences[s];
            if (sentence.TokenCount == 0 || IrrealisFilter.IsIrrealisSentence(document, sentence))
            {
                continue;
            }

            triggers.Clear();
            TriggerLexicon.Default.Find(document, sentence, triggers);
            classifier.Score(document.Text, document.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount), probabilities);
            int typesWithTriggers = TypeMask(classifier, triggers);
            EmbeddedTriggers.RemoveEmbedded(document, triggers);
            int business = SenseFilter.BusinessWords(document, sentence);
            bool? conflictSentence = null; // scanned only when a non-strike trigger reaches the scope model
            bool strongStrike = HasStrongTrigger(triggers, EventTaxonomy.Strike);
            int plannedTalks = FirstPlannedTalksEnd(document, futureDates, sentence, triggers);
            foreach (TriggerMatch trigger in triggers)
            {
                if (strongStrike && trigger.Type == EventTaxonomy.Strike && trigger.Pattern.Weak && trigger.Pattern.Text.StartsWith("kill", StringComparison.Ordinal))
                {
                    // "forces launched attacks near Basra ... 1,200 Iraqis were killed": the killing is the attack's toll, not another act.
                    continue;
                }

                int t = TypeIndex(classifier, trigger.Type);
                float p = t < 0 ? 0.5f : probabilities[t];
                if (IrrealisFilter.IsIrrealis(document, sentence, trigger) || SenseFilter.IsOtherSense(document, sentence, trigger)
                    || PartyFilter.IsNonPartyAct(document, sentence, trigger, index) || TopicFilter.IsEconomicAppeal(document, sentence, trigger, index)
                    || TopicFilter.IsForecastWarning(document, sentence, trigger, index) || IsPlannedMeeting(document, futureDates, sentence, trigger)
                    || DomesticAddressee.IsDomestic(document, sentence, trigger, index) || InanimateThreat.IsInanimate(document, sentence, trigger, index)
                    || TopicFilter.IsTradeMeasure(document, sentence, trigger) || TopicFilter.IsMarketCommentary(document, sentence, trigger)
                    || PlannedSequel.Continues(document, plannedTalks, trigger) || WardedAttacks.IsWardedOff(document, sentence, trigger)
                    || ObjectSense.IsEconomicCriticism(document, sentence, trigger, index) || ObjectSense.IsFigurativeAttack(document, sentence, trigger)
                    || (trigger.Pattern.Weak && p < WeakFloor && !(UntrainedType(trigger.Type) && business == 0)) || (business >= 2 && p < BusinessFloor))
                {
                    Reject(rejected, document, s, trigger, business, ref articleConflict);
                    continue;
                }

                // The scope model is scored where it gates (no conflict word) and, for the verifier, once a candidate is built: never for strikes.
                float scope = float.NaN;
                if (trigger.Type != EventTaxonomy.Strike && !(conflictSentence ??= TopicFilter.HasConflictWord(document, sentence))
                    && (scope = Scope(document, sentence, trigger)) < ScopeFloor)
                {
                    Reject(rejected, document, s, trigger, business, ref articleConflict);
                    continue;
                }

                double confidence = trigger.Pattern.Weak ? 0.4 + (0.6 * p) : 0.6 + (0.4 * p);
                if (builder.Build(s, trigger, confidence) is { } candidate
                    && Verified(document, sentence, trigger, candidate, new VerifierCues(float.IsNaN(scope) ? Scope(document, sentence, trigger) : scope,
                        ArticleConflict(document, ref articleConflict), conflictSentence ??= TopicFilter.HasConflictWord(document, sentence), business)))
                {
                    candidates.Add(candidate);
                    SplitSeparateMobilizations(candidate, candidates);
                }
            }

            AddClassifierOnly(document, s, classifier, probabilities, typesWithTriggers, business, builder, index, futureDates, candidates, ref articleConflict);
        }

        List<EventCandidate> events = EventMerger.Merge(candidates);
        return EventLayerBuilder.Finish(document, facts, events);
    }

    /// <summary>The verifier's gate (after every rule): true when the candidate stays. Every candidate that reaches it is shown to the observer.</summary>
    private bool Verified(Document document, Sentence sentence, TriggerMatch trigger, EventCandidate candidate, in VerifierCues cues)
    {
        CandidateObserver?.Invoke(document, sentence, trigger, candidate, cues);
        return VerifierFloor <= 0f || EventVerifier.Probability(EventVerifier.Default, document, sentence, trigger, candidate, cues) >= VerifierFloor;
    }

    private void Reject(CandidateBuilder? builder, Document document, int s, TriggerMatch trigger, int business, ref float articleConflict)
    {
        Sentence sentence = document.Sentences[s];
        if (builder?.Build(s, trigger, 0.5) is { } candidate)
        {
            RejectedObserver!(document, sentence, trigger, candidate, new VerifierCues(Scope(document, sentence, trigger), ArticleConflict(document, ref articleConflict), TopicFilter.HasConflictWord(document, sentence), business));
        }
    }

    /// <summary>The scope model's probability for a trigger; NaN for strikes, which it does not judge.</summary>
    private static float Scope(Document document, Sentence sentence, TriggerMatch trigger) =>
        trigger.Type == EventTaxonomy.Strike ? float.NaN : EventScope.Probability(EventScope.Default, document, sentence, trigger);

    private static float ArticleConflict(Document document, ref float share) => float.IsNaN(share) ? share = EventVerifier.ConflictShare(document) : share;

    /// <summary>Talks or mediation with a date after publication in their clause ("next month for talks") or in a future clause ("would go to Moscow for talks") are planned.</summary>
    private static bool IsPlannedMeeting(Document document, FutureDates futureDates, Sentence sentence, TriggerMatch trigger) =>
        trigger.Type is EventTaxonomy.Consultation or EventTaxonomy.Mediation && (futureDates.IsNear(sentence, trigger) || FutureClause.IsFuture(document, sentence, trigger));

    /// <summary>The last token of the first talks or mediation trigger of the sentence that is planned or irrealis, or -1.</summary>
    private static int FirstPlannedTalksEnd(Document document, FutureDates futureDates, Sentence sentence, List<TriggerMatch> triggers)
    {
        int first = -1;
        foreach (TriggerMatch trigger in triggers)
        {
            if (trigger.Type is EventTaxonomy.Consultation or EventTaxonomy.Mediation && (first < 0 || trigger.LastToken < first)
                && (IrrealisFilter.IsIrrealis(document, sentence, trigger) || IsPlannedMeeting(document, futureDates, sentence, trigger)))
            {
                first = trigger.LastToken;
            }
        }

        return first;
    }

    /// <summary>
    /// Types with too few labelled sentences for the classifier to learn (its cross-validated F1 is 0): its low probability
    /// there means "unknown", not "no", so a weak trigger of these types stands without its vote outside business news.
    /// </summary>
    private static bool UntrainedType(string type) => type is EventTaxonomy.Deescalation or EventTaxonomy.Appeal or EventTaxonomy.Mediation or EventTaxonomy.Mobilization;

    /// <summary>
    /// "Greek and Turkish warships headed for a clash": each side mobilizes on its own, so coordinated actors
    /// of a (non-reciprocal) mobilization become one event each.
    /// </summary>
    private static void SplitSeparateMobilizations(EventCandidate candidate, List<EventCandidate> candidates)
    {
        if (candidate.Type != EventTaxonomy.Mobilization || candidate.Mutual || candidate.Actors.Count < 2)
        {
            return;
        }

        for (int a = candidate.Actors.Count - 1; a >= 1; a--)
        {
            EventCandidate other = candidate.CopyWithActor(candidate.Actors[a]);
            candidate.Actors.RemoveAt(a);
            candidates.Add(other);
        }
    }

    private static bool HasStrongTrigger(List<TriggerMatch> triggers, string type)
    {
        foreach (TriggerMatch trigger in triggers)
        {
            if (trigger.Type == type && !trigger.Pattern.Weak)
            {
                return true;
            }
        }

        return false;
    }

    private static int TypeIndex(EventClassifierModel classifier, string type) => classifier.Types.IndexOf(type);

    private static int TypeMask(EventClassifierModel classifier, List<TriggerMatch> triggers)
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
    private void AddClassifierOnly(Document document, int s, EventClassifierModel classifier, ReadOnlySpan<float> probabilities, int typesWithTriggers,
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
            if (!IrrealisFilter.IsIrrealis(document, sentence, pseudo) && !IsPlannedMeeting(document, futureDates, sentence, pseudo) && !PartyFilter.IsNonPartyAct(document, sentence, pseudo, index) && !TopicFilter.IsEconomicAppeal(document, sentence, pseudo, index) && !TopicFilter.IsTradeMeasure(document, sentence, pseudo)
                && builder.Build(s, pseudo, probabilities[t]) is { } candidate
                && Verified(document, sentence, pseudo, candidate, new VerifierCues(float.NaN, ArticleConflict(document, ref articleConflict), TopicFilter.HasConflictWord(document, sentence), business)))
            {
                candidates.Add(candidate);
            }
        }
    }

    // The dates that name a day, by start offset. The date layer is already in text order, so the
    // stable sort (LINQ's, as before) is only needed when it is not.
    private static DateEntity[] ResolvedInTextOrder(ImmutableArray<DateEntity> dates)
    {
        int count = 0;
        foreach (DateEntity d in dates)
        {
            count += d.Date is null ? 0 : 1;
        }

        var resolved = new DateEntity[count];
        int k = 0;
        bool sorted = true;
        foreach (DateEntity d in dates)
        {
            if (d.Date is not null)
            {
                sorted &= k == 0 || resolved[k - 1].Start <= d.Start;
                resolved[k++] = d;
            }
        }

        return sorted ? resolved : [.. resolved.OrderBy(d => d.Start)];
    }
}
