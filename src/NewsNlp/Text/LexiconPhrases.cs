using System.Runtime.CompilerServices;
using NewsNlp.Lexicons;

namespace NewsNlp.Text;

/// <summary>
/// Matches a word class's phrases on tokens, through the one phrase matcher
/// (<see cref="PhraseTable{T}"/>). Each class's table is built once, on first use, without locks
/// (two threads may build the same table; one wins, both are equal).
/// </summary>
internal static class LexiconPhrases
{
    private static readonly PhraseTable<bool> NoPhrases = PhraseTable<bool>.Build([]);
    private static readonly ConditionalWeakTable<Lexicon, PhraseTable<bool>?[]> Tables = [];

    // Nearly every call is for one lexicon (the default): its tables are kept at hand, so most calls
    // skip the weak table's lookup. One reference, so a reader never sees a lexicon with another's tables.
    private static LexiconTables? recent;

    /// <summary>
    /// True when a phrase of <paramref name="wordClass"/> starts at token <paramref name="index"/>
    /// and ends before token <paramref name="limit"/>; <paramref name="tokenCount"/> is the longest.
    /// </summary>
    public static bool TryMatchPhrase(this Lexicon lexicon, WordClass wordClass, string text, ReadOnlySpan<Token> tokens, int index, int limit, out int tokenCount)
    {
        tokenCount = 0;
        PhraseTable<bool> table = TableOf(lexicon, wordClass);
        return !ReferenceEquals(table, NoPhrases) && table.TryMatch(text, tokens, index, limit, out _, out tokenCount);
    }

    private static PhraseTable<bool> TableOf(Lexicon lexicon, WordClass wordClass)
    {
        PhraseTable<bool>?[] tables;
        if (Volatile.Read(ref recent) is { } last && ReferenceEquals(last.Lexicon, lexicon))
        {
            tables = last.Tables;
        }
        else
        {
            tables = Tables.GetValue(lexicon, static l => new PhraseTable<bool>?[l.ClassCount]);
            Volatile.Write(ref recent, new LexiconTables(lexicon, tables));
        }

        if (Volatile.Read(ref tables[wordClass.Id]) is { } table)
        {
            return table;
        }

        IReadOnlyList<string> phrases = lexicon.Phrases(wordClass);
        table = phrases.Count == 0 ? NoPhrases : PhraseTable<bool>.Build(phrases.Select(p => (p, true)));
        return Interlocked.CompareExchange(ref tables[wordClass.Id], table, null) ?? table;
    }

    private sealed record LexiconTables(Lexicon Lexicon, PhraseTable<bool>?[] Tables);
}
