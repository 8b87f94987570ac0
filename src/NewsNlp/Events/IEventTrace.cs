using NewsNlp.Text;

namespace NewsNlp.Events;

/// <summary>Where a trigger's way through <see cref="EventExtractor"/> ended, in pipeline order.</summary>
internal enum EventStage
{
    /// <summary>The whole sentence is irrealis (a question, a conditional): its triggers are never tried.</summary>
    IrrealisSentence,

    /// <summary>The content of another trigger ("called for a ceasefire"): <c>EmbeddedTriggers</c>.</summary>
    Embedded,

    /// <summary>A weak "killed" in a sentence with a strong strike: the toll of that strike.</summary>
    TollOfStrike,

    /// <summary>A named filter or the classifier's vote (<see cref="TriggerRules.RejectingRule"/>); the detail names it.</summary>
    Rule,

    /// <summary>The scope model, in a sentence without a conflict word (<see cref="EventExtractor.ScopeFloor"/>).</summary>
    Scope,

    /// <summary>The candidate builder made nothing (no party, unaddressed, a plan by its day, ...); the detail says why.</summary>
    Builder,

    /// <summary>Below the verifier's floor; the detail is its probability.</summary>
    Verifier,

    /// <summary>A candidate that passed every gate (merging still follows).</summary>
    Kept,
}

/// <summary>
/// A diagnostic sink for <see cref="EventExtractor"/>: told where each trigger of each sentence stopped, so the training tool can
/// attribute the corpus events the extractor misses to a stage (<c>explain-events</c>). The library never sets one: every call
/// site checks for null first, so the hot path pays one null test per trigger.
/// </summary>
internal interface IEventTrace
{
    /// <summary>Records that <paramref name="trigger"/> of sentence <paramref name="sentence"/> stopped at (or passed) <paramref name="stage"/>.</summary>
    /// <param name="document">The document.</param>
    /// <param name="sentence">The sentence index.</param>
    /// <param name="trigger">The trigger (a classifier paraphrase has the pattern text "(classifier)").</param>
    /// <param name="stage">Where it stopped, or <see cref="EventStage.Kept"/>.</param>
    /// <param name="detail">The rule's name, the builder's reason or the verifier's probability; null otherwise.</param>
    /// <param name="candidate">The candidate, once built (its parties); null before the builder.</param>
    void Record(Document document, int sentence, TriggerMatch trigger, EventStage stage, string? detail, EventCandidate? candidate);
}
