using System.Globalization;
using NewsNlp.Events.Arguments;
using NewsNlp.Events.Filters;
using NewsNlp.Events.Tagging;
using NewsNlp.Text;

namespace NewsNlp.Events;

/// <summary>
/// Finds events: who did what to whom, where, when, with what. Triggers from the lexicon and the
/// trained classifier vote per sentence; arguments come from the entity records; references
/// to one real-world event are merged. Thread-safe: holds only immutable data. The rules each
/// trigger passes are <see cref="TriggerRules"/>, the learned trigger tagger's proposals
/// <see cref="TriggerTagger"/>, and the classifier's own events <see cref="ClassifierParaphrases"/>.
/// </summary>
internal sealed class EventExtractor : IStage
{
    /// <summary>
    /// A trigger that passed the rules still needs this probability from the scope model (<see cref="EventScope"/>): chosen from its
    /// cross-validation by article (Resources/Models/event-scope.md), where it keeps 87% of in-scope triggers and removes 55% of the others.
    /// </summary>
    internal const float ScopeFloor = 0.2f;

    /// <summary>
    /// The last gate: a candidate needs at least this probability from the verifier (<see cref="EventVerifier"/>). The floor is chosen
    /// by the training tool from the verifier's out-of-fold probabilities on the development data (Resources/Models/event-verifier.md,
    /// its floor table): F1 is flat over a plateau of floors, and this floor stays while it lies on the plateau, else the plateau's
    /// middle is taken (<c>VerifierFloorRule</c>), a rule <c>VerifierFloorTests</c> checks against the shipped report (dev30's
    /// required events only guard it). 0.15 was the earlier rule's last choice; over ordinary news the plateau's higher floors are
    /// the more precise.
    /// </summary>
    internal const float DefaultVerifierFloor = 0.15f;

    /// <summary>
    /// The trigger tagger (<see cref="TriggerTagger"/>) proposes a word of a type the lexicon found nothing of at this probability:
    /// see Resources/Models/event-triggers.md for what each floor finds and proposes in cross-validation.
    /// </summary>
    internal const float DefaultTaggerFloor = 0.65f;

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

    /// <summary>The trigger tagger's floor; above 1 switches the tagger off (the ablation).</summary>
    internal float TaggerFloor { get; init; } = DefaultTaggerFloor;

    /// <summary>The trigger tagger; the shipped one unless set.</summary>
    internal TriggerTaggerModel? Tagger { get; init; } = TriggerTagger.Default;

    /// <summary>Sees every candidate that reaches the verifier, with its cues (the training tool labels them); null in the library.</summary>
    internal Action<Document, Sentence, TriggerMatch, EventCandidate, VerifierCues>? CandidateObserver { get; init; }

    /// <summary>Sees the triggers the rules rejected, built by a builder of their own (more examples of what is no event); null in the library.</summary>
    internal Action<Document, Sentence, TriggerMatch, EventCandidate, VerifierCues>? RejectedObserver { get; init; }

    /// <summary>Told where each trigger stopped (<see cref="IEventTrace"/>, the training tool's <c>explain-events</c>); null in the library.</summary>
    internal IEventTrace? Trace { get; init; }

    /// <summary>Adds the <see cref="EventLayer"/>; reads the country, person, date and casualty layers.</summary>
    public void Run(Document document) => document.Set(Extract(document, ExtractedFacts.Of(document)));

    /// <summary>Extracts the events of <paramref name="document"/> from its sentences and entity records.</summary>
    public EventLayer Extract(Document document, ExtractedFacts facts)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(facts);
        EventClassifierModel classifier = model ?? EventClassifier.Default;
        var index = ActorIndex.Build(document, facts);
        var builder = new CandidateBuilder(document, index, ResolvedDates.InTextOrder(facts.Dates));
        var futureDates = FutureDates.Of(document, facts.Dates);
        CandidateBuilder? rejected = RejectedObserver is null ? null : new CandidateBuilder(document, index, ResolvedDates.InTextOrder(facts.Dates));
        var candidates = new List<EventCandidate>();
        var triggers = new List<TriggerMatch>();
        var proposed = new List<TriggerMatch>();
        var verified = new List<(TriggerMatch, EventCandidate)>();
        float articleConflict = float.NaN; // the share is scanned once, when the first candidate reaches the verifier
        Span<float> probabilities = stackalloc float[classifier.Types.Length];
        for (int s = 0; s < document.Sentences.Length; s++)
        {
            Sentence sentence = document.Sentences[s];
            if (sentence.TokenCount == 0 || IrrealisFilter.IsIrrealisSentence(document, sentence))
            {
                if (Trace is not null && sentence.TokenCount > 0)
                {
                    TraceIrrealisSentence(document, s, triggers);
                }

                continue;
            }

            triggers.Clear();
            TriggerLexicon.Default.Find(document, sentence, triggers);
            AddressedRequests.Add(document, sentence, index, triggers);
            if (Tagger is not null && TaggerFloor <= 1f)
            {
                proposed.Clear();
                TriggerTagger.Propose(Tagger, document, sentence, index, triggers, TaggerFloor, proposed);
                TriggerTagger.InsertInTextOrder(proposed, triggers);
            }

            classifier.Score(document.Text, document.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount), probabilities);
            int typesWithTriggers = ClassifierParaphrases.TypeMask(classifier, triggers);
            if (Trace is not null)
            {
                TraceEmbedded(document, s, triggers);
            }

            EmbeddedTriggers.RemoveEmbedded(document, triggers);
            OwnThreats.Retype(document, sentence, triggers);
            int business = SenseFilter.BusinessWords(document, sentence);
            bool? conflictSentence = null; // scanned only when a non-strike trigger reaches the scope model
            bool strongStrike = TriggerRules.HasStrongTrigger(triggers, EventTaxonomy.Strike);
            int plannedTalks = TriggerRules.FirstPlannedTalksEnd(document, futureDates, sentence, triggers);
            verified.Clear();
            foreach (TriggerMatch trigger in triggers)
            {
                if (TriggerRules.IsTollOfStrike(strongStrike, trigger))
                {
                    Trace?.Record(document, s, trigger, EventStage.TollOfStrike, null, null);
                    continue;
                }

                int t = ClassifierParaphrases.TypeIndex(classifier, trigger.Type);
                float p = t < 0 ? 0.5f : probabilities[t];
                if (TriggerRules.RejectingRule(document, sentence, trigger, index, futureDates, plannedTalks, p, business) is { } rule)
                {
                    Trace?.Record(document, s, trigger, EventStage.Rule, rule, null);
                    Reject(rejected, document, s, trigger, business, ref articleConflict);
                    continue;
                }

                // The scope model is scored where it gates (no conflict word) and, for the verifier, once a candidate is built: never for strikes.
                float scope = float.NaN;
                if (trigger.Type != EventTaxonomy.Strike && !OwnThreats.IsRetyped(trigger) && !(conflictSentence ??= TopicFilter.HasConflictWord(document, sentence))
                    && (scope = Scope(document, sentence, trigger)) < ScopeFloor)
                {
                    Trace?.Record(document, s, trigger, EventStage.Scope, scope.ToString("0.00", CultureInfo.InvariantCulture), null);
                    Reject(rejected, document, s, trigger, business, ref articleConflict);
                    continue;
                }

                double confidence = trigger.Pattern.Weak ? 0.4 + (0.6 * p) : 0.6 + (0.4 * p);
                EventCandidate? built = builder.Build(s, trigger, confidence);
                if (built is null)
                {
                    Trace?.Record(document, s, trigger, EventStage.Builder, builder.Rejection, null);
                }

                if (built is { } candidate
                    && Verified(document, s, trigger, candidate, new VerifierCues(float.IsNaN(scope) ? Scope(document, sentence, trigger) : scope,
                        ArticleConflict(document, ref articleConflict), conflictSentence ??= TopicFilter.HasConflictWord(document, sentence), business)))
                {
                    // A debt dispute with banks or creditors: dropped after the verifier, so the verifier's training candidates stay as they were.
                    if (CreditorDisputes.IsDebtDispute(document, sentence, trigger, index))
                    {
                        Trace?.Record(document, s, trigger, EventStage.Rule, "CreditorDisputes.IsDebtDispute", null);
                        continue;
                    }

                    // After the verifier, which scores the roles it learned from: a clash with an opponent told is mutual, an escort has no target,
                    // an act one party accuses another of was done by the accused.
                    ClashSides.Apply(document, sentence, trigger, candidate);
                    EscortTargets.Apply(document, sentence, trigger, candidate);
                    AccusedDoers.Apply(document, sentence, trigger, index, candidate);
                    candidates.Add(candidate);
                    verified.Add((trigger, candidate));
                    SeparateMobilizations.Split(candidate, candidates);
                }
            }

            // After the verifier too: a signed truce is a de-escalation only; its agreement twin stays among the verifier's candidates.
            DeescalationAccords.DropAgreementTwins(verified, candidates);

            ClassifierParaphrases.Add(this, document, s, classifier, probabilities, typesWithTriggers, business, builder, index, futureDates, candidates, ref articleConflict);
        }

        foreach (EventCandidate candidate in candidates)
        {
            ForumTalks.DropGuessedTarget(candidate);
        }

        List<EventCandidate> events = EventMerger.Merge(candidates);
        return EventLayerBuilder.Finish(document, facts, events);
    }

    /// <summary>
    /// The verifier's gate (after every rule): true when the candidate stays, with the verifier's probability as its confidence.
    /// Every candidate that reaches it is shown to the observer.
    /// </summary>
    internal bool Verified(Document document, int s, TriggerMatch trigger, EventCandidate candidate, in VerifierCues cues)
    {
        Sentence sentence = document.Sentences[s];
        CandidateObserver?.Invoke(document, sentence, trigger, candidate, cues);
        if (VerifierFloor <= 0f)
        {
            Trace?.Record(document, s, trigger, EventStage.Kept, null, candidate);
            return true;
        }

        float probability = EventVerifier.Probability(EventVerifier.Default, document, sentence, trigger, candidate, cues);
        if (probability < VerifierFloor)
        {
            Trace?.Record(document, s, trigger, EventStage.Verifier, probability.ToString("0.00", CultureInfo.InvariantCulture), candidate);
            return false;
        }

        Trace?.Record(document, s, trigger, EventStage.Kept, probability.ToString("0.00", CultureInfo.InvariantCulture), candidate);

        // The record promises "how sure the extractor is": the verifier, trained on judged output and the corpus, is the one
        // estimate of that (its calibration on the blind draw is in data/annotations/judged/README.md).
        candidate.Confidence = Math.Round(probability, 2);
        return true;
    }

    /// <summary>Traces the triggers of a sentence skipped whole as irrealis (found only for the trace).</summary>
    private void TraceIrrealisSentence(Document document, int s, List<TriggerMatch> triggers)
    {
        triggers.Clear();
        TriggerLexicon.Default.Find(document, document.Sentences[s], triggers);
        foreach (TriggerMatch trigger in triggers)
        {
            Trace!.Record(document, s, trigger, EventStage.IrrealisSentence, null, null);
        }
    }

    /// <summary>Traces the triggers <see cref="EmbeddedTriggers"/> is about to remove (those of the list missing from a copy after it).</summary>
    private void TraceEmbedded(Document document, int s, List<TriggerMatch> triggers)
    {
        var kept = new List<TriggerMatch>(triggers);
        EmbeddedTriggers.RemoveEmbedded(document, kept);
        foreach (TriggerMatch trigger in triggers)
        {
            if (!kept.Contains(trigger))
            {
                Trace!.Record(document, s, trigger, EventStage.Embedded, null, null);
            }
        }
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
        trigger.Type == EventTaxonomy.Strike || OwnThreats.IsRetyped(trigger) ? float.NaN : EventScope.Probability(EventScope.Default, document, sentence, trigger);

    /// <summary>The article's share of conflict sentences, computed once per article (NaN until then).</summary>
    internal static float ArticleConflict(Document document, ref float share) => float.IsNaN(share) ? share = EventVerifier.ConflictShare(document) : share;
}
