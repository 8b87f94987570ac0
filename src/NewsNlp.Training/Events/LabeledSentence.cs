using System.Collections.Immutable;

namespace NewsNlp.Training.Events;

/// <summary>
/// A sentence labeled with the event types it reports (empty when it reports none), for
/// <see cref="EventClassifierTrainer.Train(IEnumerable{LabeledSentence})"/>. Immutable.
/// </summary>
/// <param name="Text">The sentence.</param>
/// <param name="Labels">Event types from <see cref="EventClassifier.EventTypes"/>; unknown labels are ignored.</param>
internal sealed record LabeledSentence(string Text, ImmutableArray<string> Labels);
