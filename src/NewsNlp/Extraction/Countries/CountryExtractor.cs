using System.Collections.Immutable;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Countries;

/// <summary>
/// Finds countries and organisation actors. One left-to-right pass over the tokens, longest
/// phrase first, countries and organisations competing for the same tokens (the longer wins:
/// "Islamic Republic News Agency" is a source, not Iran). Then, per document: a place or a capital
/// used as a place counts only when the country itself is named; ambiguous names need evidence;
/// a country named only in boilerplate is dropped. Thread-safe; holds only frozen data and
/// per-thread scratch lists.
/// </summary>
internal sealed class CountryExtractor : IStage
{
    // The raw hits live only during one Extract call: one pair of lists per thread serves every document.
    [ThreadStatic]
    private static Scratch? scratch;

    /// <summary>Adds the <see cref="CountryLayer"/>.</summary>
    public void Run(Document document) => document.Set(Extract(document));

    /// <summary>Extracts the countries and organisations of <paramref name="document"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public CountryLayer Extract(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Scratch lists = scratch ??= new Scratch();
        List<CountryHit> hits = lists.Hits;
        List<(OrganizationInfo Info, int Start, int End)> orgs = lists.Orgs;
        hits.Clear();
        orgs.Clear();
        HashSet<string>? personNames = Scan(document, hits, orgs);
        if (hits.Count == 0 && orgs.Count == 0)
        {
            return CountryLayer.Empty;
        }

        ImmutableArray<CountryEntity> countries = hits.Count == 0 ? [] : CountrySalience.Rank(document, Resolve(document, hits, personNames, lists));
        return new CountryLayer(countries, Organizations(orgs));
    }

    // Returns the names read as a person's somewhere in the article ("Michael Jordan"), or null.
    private static HashSet<string>? Scan(Document document, List<CountryHit> hits, List<(OrganizationInfo, int, int)> orgs)
    {
        HashSet<string>? personNames = null;
        string text = document.Text;
        Sentence[] sentences = document.Sentences;
        for (int s = 0; s < sentences.Length; s++)
        {
            Sentence sentence = sentences[s];
            ReadOnlySpan<Token> tokens = document.Tokens.AsSpan(0, sentence.EndToken);
            int i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                Token token = tokens[i];
                if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation))
                {
                    i++;
                    continue;
                }

                bool isCountry = CountryGazetteer.TryMatch(text, tokens, i, out CountryMatch country);
                bool segment = isCountry && country.End < token.End;
                int countryTokens = segment ? 0 : country.TokenCount;
                if (OrganizationGazetteer.TryMatch(text, tokens, i, out OrganizationMatch org) && org.TokenCount > countryTokens)
                {
                    orgs.Add((org.Organization, org.Start, org.End));
                    i += org.TokenCount;
                    continue;
                }

                if (isCountry && !segment)
                {
                    bool actor = CountryContext.IsActor(text, tokens, i, country.TokenCount, sentence.FirstToken);
                    hits.Add(new CountryHit(country, s, sentence.IsBoilerplate, actor));
                    i += country.TokenCount;
                    continue;
                }

                if (countryTokens > 0)
                {
                    if (country.Code.Length > 0)
                    {
                        (personNames ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(document.Substring(country.Start, country.End));
                    }

                    i += countryTokens; // a blocking phrase or a rejected reading
                    continue;
                }

                if (token.Kind == TokenKind.Word)
                {
                    ScanSegments(text, token, s, sentence.IsBoilerplate, hits, orgs);
                }

                i++;
            }
        }

        return personNames;
    }

    private static void ScanSegments(string text, Token token, int sentence, bool boilerplate, List<CountryHit> hits, List<(OrganizationInfo, int, int)> orgs)
    {
        ReadOnlySpan<char> word = token.Slice(text);
        if (word.IndexOfAny('-', '\u2010', '\u2011') <= 0)
        {
            return;
        }

        int start = 0;
        while (start < word.Length)
        {
            int cut = word[start..].IndexOfAny('-', '\u2010', '\u2011');
            int end = cut < 0 ? word.Length : start + cut;
            if (CountryGazetteer.MatchSegment(text, token.Start + start, token.Start + end, token.End, out CountryMatch match))
            {
                hits.Add(new CountryHit(match, sentence, boilerplate, false));
            }
            else if (OrganizationGazetteer.TryMatchSegment(word[start..end], out OrganizationInfo? org))
            {
                orgs.Add((org, token.Start + start, token.Start + end));
            }

            start = end + 1;
        }
    }

    private static Dictionary<string, List<CountryHit>> Resolve(Document document, List<CountryHit> hits, HashSet<string>? personNames, Scratch scratch)
    {
        Dictionary<string, List<CountryHit>> byCode = scratch.StartGrouping();
        foreach (CountryHit found in hits)
        {
            CountryHit hit = found;
            if (personNames is not null && hit.Match.Form is CountryForm.Name or CountryForm.Capital
                && personNames.Contains(document.Substring(hit.Match.Start, hit.Match.End)))
            {
                // The article uses this name for a person ("Michael Jordan ... Jordan said"): alone it proves nothing.
                hit = hit with { Match = hit.Match with { Tentative = true, Form = hit.Match.Form == CountryForm.Capital ? CountryForm.Place : hit.Match.Form } };
            }

            if (!byCode.TryGetValue(hit.Match.Code, out List<CountryHit>? list))
            {
                byCode[hit.Match.Code] = list = scratch.NextList();
            }

            list.Add(hit);
        }

        MergeSovietEra(byCode);

        // Unsupported codes leave in place (removing while enumerating is allowed and keeps the order).
        foreach ((string code, List<CountryHit> list) in byCode)
        {
            bool named = false;
            bool evidence = false;
            foreach (CountryHit hit in list)
            {
                named |= !hit.Boilerplate && !hit.Match.Tentative;
                evidence |= !hit.Boilerplate && hit.Match.Tentative && hit.Match.Form != CountryForm.Place;
            }

            if (!named && evidence && CountryEvidence.Supports(code, document.Text, document.Tokens))
            {
                named = true;
            }

            if (!named)
            {
                byCode.Remove(code);
            }
        }

        return byCode;
    }

    // In Cold War copy "Moscow", "the Kremlin" and "Russian" mean the Soviet Union: when the article
    // names the Soviet Union and never "Russia" itself, Russian mentions join it.
    private static void MergeSovietEra(Dictionary<string, List<CountryHit>> byCode)
    {
        if (!byCode.TryGetValue("SU", out List<CountryHit>? soviet) || !byCode.TryGetValue("RU", out List<CountryHit>? russia))
        {
            return;
        }

        foreach (CountryHit hit in russia)
        {
            if (hit.Match.Form is CountryForm.Name or CountryForm.Alias)
            {
                return;
            }
        }

        foreach (CountryHit hit in russia)
        {
            soviet.Add(hit with { Match = hit.Match with { Code = "SU" } });
        }

        soviet.Sort(static (a, b) => a.Match.Start.CompareTo(b.Match.Start));
        byCode.Remove("RU");
    }

    private static ImmutableArray<OrganizationEntity> Organizations(List<(OrganizationInfo Info, int Start, int End)> orgs)
    {
        var order = new List<string>();
        var mentions = new Dictionary<string, ImmutableArray<CharSpan>.Builder>(StringComparer.Ordinal);
        var infos = new Dictionary<string, OrganizationInfo>(StringComparer.Ordinal);
        foreach ((OrganizationInfo info, int start, int end) in orgs)
        {
            if (info.IsSource)
            {
                continue;
            }

            if (!mentions.TryGetValue(info.Name, out ImmutableArray<CharSpan>.Builder? list))
            {
                mentions[info.Name] = list = ImmutableArray.CreateBuilder<CharSpan>();
                infos[info.Name] = info;
                order.Add(info.Name);
            }

            list.Add(new CharSpan(start, end));
        }

        var entities = ImmutableArray.CreateBuilder<OrganizationEntity>(order.Count);
        foreach (string name in order)
        {
            OrganizationInfo info = infos[name];
            entities.Add(new OrganizationEntity(info.Name, info.FullName, info.Kind, mentions[name].ToImmutable()));
        }

        return entities.MoveToImmutable();
    }

    // Per-thread working storage: the grouping by code lives only until the layer is built, so its
    // dictionary and lists serve every document instead of being grown afresh each time.
    private sealed class Scratch
    {
        private readonly Dictionary<string, List<CountryHit>> byCode = new(StringComparer.Ordinal);
        private readonly List<List<CountryHit>> lists = [];
        private int listsInUse;

        public List<CountryHit> Hits { get; } = new(64);

        public List<(OrganizationInfo Info, int Start, int End)> Orgs { get; } = new(16);

        // Clear resets the dictionary's free list, so entries enumerate in insertion order as in a new one.
        public Dictionary<string, List<CountryHit>> StartGrouping()
        {
            byCode.Clear();
            listsInUse = 0;
            return byCode;
        }

        public List<CountryHit> NextList()
        {
            if (listsInUse == lists.Count)
            {
                lists.Add(new List<CountryHit>(8));
            }

            List<CountryHit> list = lists[listsInUse++];
            list.Clear();
            return list;
        }
    }
}
