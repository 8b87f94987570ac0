namespace NewsNlp.Events.Filters;

/// <summary>What the earlier steps of the event stage said about a candidate, read by the verifier as features.</summary>
/// <param name="ScopeProbability">The scope model's probability for the trigger (NaN when not scored).</param>
/// <param name="ArticleConflictShare">The share of the article's sentences with a conflict or relations word.</param>
/// <param name="SentenceHasConflictWord">Whether the candidate's sentence has one.</param>
/// <param name="BusinessWords">Business words in the sentence.</param>
internal readonly record struct VerifierCues(float ScopeProbability, float ArticleConflictShare, bool SentenceHasConflictWord, int BusinessWords);
