namespace NewsNlp.Events;

/// <summary>One trigger phrase of the lexicon: a sequence of word alternatives, with optional gaps.</summary>
/// <param name="Type">The event type it signals.</param>
/// <param name="Elements">Each element is a set of lower-case word forms, or null for a gap of up to <see cref="MaxGap"/> words.</param>
/// <param name="Weak">True when the words have common other senses, so the classifier must agree.</param>
/// <param name="Mutual">True when the act is reciprocal ("exchange of fire"): every participant is an actor.</param>
/// <param name="Text">The phrase as written in the lexicon (for diagnostics).</param>
/// <param name="Reference">True when the phrase only refers to an act told elsewhere ("claimed responsibility"): it adds participants, never an event.</param>
/// <param name="Armed">True for a weak word of combat or menace whose other senses are figurative ("fighting inflation", "trade clashes"):
/// a combatant beside it in a sentence of no business news vouches for it instead of the classifier (<c>Filters/ArmedContext</c>).</param>
/// <param name="Announced">True for the threat twin of a strike phrase that its own doer announces (<c>Filters/OwnThreats</c>); never in the lexicon.</param>
internal sealed record TriggerPattern(string Type, string[]?[] Elements, bool Weak, bool Mutual, string Text, bool Reference = false, bool Armed = false, bool Announced = false)
{
    /// <summary>The most words a gap ("...") may skip.</summary>
    public const int MaxGap = 4;
}
