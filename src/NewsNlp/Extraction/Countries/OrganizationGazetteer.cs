using System.Collections.Frozen;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Countries;

/// <summary>
/// International bodies and armed groups that act in the news (UN and its Security Council, EU,
/// NATO, African Union, Arab League, IAEA, ICC, Hamas, Hezbollah, the Taliban, Islamic State,
/// al-Qaeda, the Houthis, ...), and the news agencies that are sources, never actors. Loaded once,
/// lazily, from the embedded <c>Gazetteers/organizations.tsv</c>. Thread-safe.
/// </summary>
internal static class OrganizationGazetteer
{
    /// <summary>Words before a name in an upper-case bulletin that make it a count phrase ("A GROUP OF SEVEN GUERRILLAS").</summary>
    private static readonly WordClass CountPhraseOpeners = Lexicon.Default.Class("countries/count-phrase-openers");

    private static readonly Lazy<Data> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Every organisation by short name ("UN", "Hamas").</summary>
    public static FrozenDictionary<string, OrganizationInfo> Organizations => Loaded.Value.ByName;

    /// <summary>
    /// The organisation named by the longest phrase at <paramref name="tokens"/>[<paramref name="index"/>]
    /// ("U.N. Security Council", "Hezbollah", "Islamic State"). Short acronyms that are also words
    /// ("IS", "AP", "AU") do not match in ALL-CAPS text. News agencies match too
    /// (<see cref="OrganizationInfo.IsSource"/>) so that callers can tell sources from actors.
    /// </summary>
    public static bool TryMatch(string text, ReadOnlySpan<Token> tokens, int index, out OrganizationMatch match)
    {
        match = default;
        if (!Loaded.Value.Table.TryMatch(text, tokens, index, tokens.Length, out OrganizationInfo? org, out int count))
        {
            return false;
        }

        if (count == 1 && IsEnglishWord(tokens[index].Slice(text)) && LetterCase.IsShouting(text, tokens, index))
        {
            return false; // "IS" in "IRAN IS READY"
        }

        if (count > 1 && index > 0 && LetterCase.IsShouting(text, tokens, index) && Lexicon.Default.Contains(CountPhraseOpeners, tokens[index - 1].Slice(text)))
        {
            return false; // "A GROUP OF SEVEN GUERRILLAS": a count, where ordinary text's lower-case "group" would tell
        }

        match = new OrganizationMatch(org, tokens[index].Start, tokens[index + count - 1].End, count);
        return true;
    }

    /// <summary>Same as <see cref="TryMatch(string, ReadOnlySpan{Token}, int, out OrganizationMatch)"/>, argument order of the design notes.</summary>
    public static bool TryMatch(ReadOnlySpan<Token> tokens, int index, string text, out OrganizationMatch match) =>
        TryMatch(text, tokens, index, out match);

    /// <summary>The organisation named by one segment of a hyphenated word ("Hamas" in "Hamas-run").</summary>
    public static bool TryMatchSegment(ReadOnlySpan<char> segment, out OrganizationInfo info) =>
        Loaded.Value.Table.TryLookup(segment, out info!) && !IsEnglishWord(segment);

    /// <summary>Looks up an organisation by short name ("UN").</summary>
    public static bool TryGet(string name, out OrganizationInfo info) => Organizations.TryGetValue(name, out info!);

    private static bool IsEnglishWord(ReadOnlySpan<char> word) =>
        word.Equals("IS", StringComparison.OrdinalIgnoreCase) || word.Equals("AP", StringComparison.OrdinalIgnoreCase)
        || word.Equals("AU", StringComparison.OrdinalIgnoreCase) || word.Equals("WHO", StringComparison.OrdinalIgnoreCase);

    private static Data Load()
    {
        var byName = new Dictionary<string, OrganizationInfo>(StringComparer.OrdinalIgnoreCase);
        var terms = new List<(string, OrganizationInfo)>(512);
        foreach (string[] row in ResourceFile.ReadRows("NewsNlp.Gazetteers/organizations.tsv"))
        {
            var info = new OrganizationInfo(row[0], row[1], row[2]);
            byName.TryAdd(info.Name, info);
            foreach (string alias in ResourceFile.SplitList(row.Length > 3 ? row[3] : null))
            {
                terms.Add((alias, info));
            }
        }

        return new Data(byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), PhraseTable<OrganizationInfo>.Build(terms));
    }

    private sealed record Data(FrozenDictionary<string, OrganizationInfo> ByName, PhraseTable<OrganizationInfo> Table);
}
