using System.Collections.Frozen;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Countries;

/// <summary>
/// The country gazetteer: every ISO 3166-1 country and territory (plus Kosovo and the historical
/// Soviet Union, East Germany, Yugoslavia and Czechoslovakia) with names, aliases, demonyms,
/// capitals and seats of government, and places inside countries. Loaded once, lazily, from the
/// embedded <c>Gazetteers/countries.tsv</c> and the <c>Gazetteers/places*.tsv</c> files into frozen lookups.
/// Thread-safe. This is the surface other stages use:
/// <list type="bullet">
/// <item><see cref="TryMatch(string, ReadOnlySpan{Token}, int, out CountryMatch)"/>: the country named at a token,
/// longest phrase first, with the context rules applied ("Pakistani Foreign Minister", "the U.S.", "Tehran said").</item>
/// <item><see cref="TryGetCountry(string, out CountryInfo)"/>: alpha-3 and short name for a code.</item>
/// </list>
/// </summary>
internal static class CountryGazetteer
{
    private static readonly Lazy<Data> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Seats of government: always stand for the government, never a mere place.</summary>
    private static readonly FrozenSet<string> Seats =
        Lexicon.Default.Entries(Lexicon.Default.Class("countries/government-seats")).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every country and territory by alpha-2 code.</summary>
    public static FrozenDictionary<string, CountryInfo> Countries => Loaded.Value.Countries;

    /// <summary>The phrase table (names, aliases, demonyms, capitals, places and blocking phrases).</summary>
    internal static PhraseTable<CountryTerm> Table => Loaded.Value.Table;

    /// <summary>Alpha-3 code and short name of <paramref name="code"/> (case-insensitive).</summary>
    public static bool TryGetCountry(string code, out CountryInfo info) => Countries.TryGetValue(code, out info!);

    /// <summary>
    /// The country named by the phrase starting at <paramref name="tokens"/>[<paramref name="index"/>]:
    /// longest phrase first ("Papua New Guinea" before "Guinea", "South China Sea" blocks "China"),
    /// case-aware (ALL-CAPS works; "turkey" never matches), with the context rules of
    /// <see cref="CountryContext"/> ("Chad Smith", "Thanksgiving Turkey", "Washington Post" stay out;
    /// a capital not acting as government and a place inside a country come back
    /// <see cref="CountryMatch.Tentative"/>). A hyphenated word with no whole match is matched on its
    /// first segment ("Pakistan" in "Pakistan-Iran"); <see cref="MatchSegment"/> reaches the others.
    /// </summary>
    /// <returns>True with the match; false otherwise. When false and <paramref name="match"/> has a
    /// positive <see cref="CountryMatch.TokenCount"/>, a blocking phrase (or an organisation-like
    /// name) covers that many tokens: skip them rather than matching inside.</returns>
    public static bool TryMatch(string text, ReadOnlySpan<Token> tokens, int index, out CountryMatch match)
    {
        match = default;
        if ((uint)index >= (uint)tokens.Length)
        {
            return false;
        }

        Token token = tokens[index];
        if (Table.TryMatch(text, tokens, index, tokens.Length, out CountryTerm term, out int count))
        {
            int end = tokens[index + count - 1].End;
            if (term.Code is null)
            {
                match = new CountryMatch("", CountryForm.Blocked, token.Start, end, count, false);
                return false;
            }

            return CountryContext.Apply(text, tokens, index, count, term, out match);
        }

        if (token.Kind == TokenKind.Word && token.Slice(text).IndexOfAny('-', '\u2010', '\u2011') > 0)
        {
            int cut = token.Slice(text).IndexOfAny('-', '\u2010', '\u2011');
            return MatchSegment(text, token.Start, token.Start + cut, token.End, out match);
        }

        return false;
    }

    /// <summary>Same as <see cref="TryMatch(string, ReadOnlySpan{Token}, int, out CountryMatch)"/>, argument order of the design notes.</summary>
    public static bool TryMatch(ReadOnlySpan<Token> tokens, int index, string text, out CountryMatch match) =>
        TryMatch(text, tokens, index, out match);

    /// <summary>
    /// Matches one segment [<paramref name="start"/>, <paramref name="end"/>) of a hyphenated word
    /// ("Israeli" and "Palestinian" in "Israeli-Palestinian"; "Tehran" in "Tehran-backed", which acts
    /// as the government). <paramref name="wordEnd"/> is the end of the whole word.
    /// </summary>
    public static bool MatchSegment(string text, int start, int end, int wordEnd, out CountryMatch match)
    {
        match = default;
        if (end <= start || !Table.TryLookup(text.AsSpan(start, end - start), out CountryTerm term) || term.Code is null)
        {
            return false;
        }

        CountryForm form = term.Form;
        if (form == CountryForm.Demonym && CountryContext.IsLanguageSuffix(text.AsSpan(end, wordEnd - end).TrimStart("-\u2010\u2011")))
        {
            return false;
        }

        bool tentative = term.Rule == AmbiguityRule.NeedsEvidence || form == CountryForm.Place;
        if (term.Rule == AmbiguityRule.Capital)
        {
            ReadOnlySpan<char> rest = text.AsSpan(end, wordEnd - end).TrimStart("-\u2010\u2011");
            bool government = CountryContext.IsGovernmentSuffix(rest);
            form = government ? CountryForm.Capital : CountryForm.Place;
            tentative = !government;
        }

        match = new CountryMatch(term.Code, form, start, end, 1, tentative);
        return true;
    }

    private static Data Load()
    {
        List<string[]> rows = ResourceFile.ReadRows("NewsNlp.Gazetteers/countries.tsv");
        var countries = new Dictionary<string, CountryInfo>(StringComparer.OrdinalIgnoreCase);
        var terms = new List<(string, CountryTerm)>(4096);
        foreach (string[] row in rows)
        {
            countries.TryAdd(row[0], new CountryInfo(row[0], row[1], row[2]));
        }

        // Names first, then aliases, demonyms and capitals: a name always wins a shared key.
        foreach (string[] row in rows)
        {
            terms.Add((row[2], Term(row[0], row[2], CountryForm.Name)));
        }

        foreach ((int column, CountryForm form) in new[] { (3, CountryForm.Alias), (4, CountryForm.Demonym), (5, CountryForm.Capital) })
        {
            foreach (string[] row in rows)
            {
                foreach (string item in ResourceFile.SplitList(row.Length > column ? row[column] : null))
                {
                    terms.Add((item, Term(row[0], item, form)));
                }
            }
        }

        // Every places*.tsv file: the general list, then regional ones (places-latin-america.tsv, ...), in
        // ordinal name order; a key two files share keeps its first country.
        IEnumerable<string> placeFiles = ResourceFile.Under("Gazetteers/places")
            .Where(static name => name.EndsWith(".tsv", StringComparison.Ordinal))
            .OrderBy(static name => name != "NewsNlp.Gazetteers/places.tsv")
            .ThenBy(static name => name, StringComparer.Ordinal);
        foreach (string[] row in placeFiles.SelectMany(ResourceFile.ReadRows))
        {
            bool blocked = row[1] == "-";
            terms.Add((row[0], new CountryTerm(blocked ? null : row[1], blocked ? CountryForm.Blocked : CountryForm.Place, AmbiguityRule.None)));
        }

        return new Data(countries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), PhraseTable<CountryTerm>.Build(terms));
    }

    private static CountryTerm Term(string code, string term, CountryForm form)
    {
        if (form == CountryForm.Capital)
        {
            return Seats.Contains(term)
                ? new CountryTerm(code, CountryForm.Capital, AmbiguityRule.None)
                : new CountryTerm(code, CountryForm.Capital, AmbiguityRule.Capital);
        }

        AmbiguityRule rule = term switch
        {
            "Chad" or "Jordan" => AmbiguityRule.PersonName,
            "Turkey" => AmbiguityRule.Food,
            "Georgia" or "Georgian" or "Georgians" or "Jersey" => AmbiguityRule.NeedsEvidence,
            "US" => AmbiguityRule.ShoutedWord,
            _ => AmbiguityRule.None,
        };
        return new CountryTerm(code, form, rule);
    }

    private sealed record Data(FrozenDictionary<string, CountryInfo> Countries, PhraseTable<CountryTerm> Table);
}
