namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>
/// One shape of temporal expression ("last Friday", "10:30 a.m.", "three weeks later"). A pattern
/// only reads tokens through the <see cref="DateScanner"/> and says whether an expression starts at
/// a token; the <see cref="DateRecognizer"/> engine decides which patterns to try, in which order,
/// and where scanning resumes. Patterns are stateless singletons, so thread-safe.
/// </summary>
internal interface IDatePattern
{
    /// <summary>True when an expression of this shape starts at token <paramref name="i"/>; <paramref name="m"/> is it.</summary>
    bool TryMatch(DateScanner s, int i, out TemporalMention m);
}
