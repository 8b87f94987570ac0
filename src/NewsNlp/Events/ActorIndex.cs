using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NewsNlp.Extraction.Countries;
using NewsNlp.Extraction.People;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events;

/// <summary>
/// Every mention of a possible participant in one document, in token order: countries (names,
/// demonyms, capitals), organisations, people with a country, the event-actor lexicon, and
/// phrases for the two main parties ("the two countries"). Built once per document.
/// </summary>
internal sealed class ActorIndex
{
    // "Finland's national oil company": the head noun of a company phrase stands at most three words after the name.
    private const int BusinessHeadWords = 3;

    // Working lists reused by each thread: they only live inside Build, and growing fresh lists
    // for every document was one of the pipeline's largest sources of garbage.
    [ThreadStatic]
    private static List<ActorMention>? allScratch;

    [ThreadStatic]
    private static List<ActorMention>? lexiconScratch;

    [ThreadStatic]
    private static List<ActorMention>? factScratch;

    [ThreadStatic]
    private static List<int>? reachScratch;

    private ActorIndex(ActorMention[] mentions, ImmutableArray<string> parties)
    {
        Mentions = mentions;
        Parties = parties;
        MainParties = parties.Length > 2 ? parties[..2] : parties;
    }

    /// <summary>The mentions, sorted by first token, without overlaps.</summary>
    public ActorMention[] Mentions { get; }

    /// <summary>The article's most salient countries (at most two), that "the two countries" refers to.</summary>
    public ImmutableArray<string> MainParties { get; }

    /// <summary>The three most salient countries: the runner-up replaces a main party that turns out to be the speaker.</summary>
    public ImmutableArray<string> Parties { get; }

    /// <summary>Builds the index.</summary>
    public static ActorIndex Build(Document document, ExtractedFacts facts)
    {
        List<ActorMention> all = allScratch ??= new List<ActorMention>(64);
        all.Clear();
        foreach (CountryEntity country in facts.Countries)
        {
            foreach (CountryMentionSpan m in country.Mentions)
            {
                Add(document, all, m.Start, m.End, country.Code, FormOf(m.Form));
            }
        }

        foreach (OrganizationEntity org in facts.Organizations)
        {
            foreach (CharSpan m in org.Mentions)
            {
                Add(document, all, m.Start, m.End, org.Name, ActorForm.Organization);
            }
        }

        // A person acts for a country only in an office: a victim's fiancée or a witness of another nationality does not. A head
        // of state or foreign minister of the article's year holds one without a title in the text ("Ortega appealed ...").
        foreach (PersonEntity person in facts.People)
        {
            if (person.Country is { Length: > 0 } code
                && (person.Title is not null || OfficeHolders.Default.CountryOf(document.Text.AsSpan(person.NameSpan.Start, person.NameSpan.End - person.NameSpan.Start), null, document.Published) == code))
            {
                foreach (CharSpan m in person.Mentions)
                {
                    Add(document, all, m.Start, m.End, code, ActorForm.Person);
                }
            }
        }

        // Records from the earlier stages win over the lexicon where they overlap.
        List<ActorMention> fromLexicon = lexiconScratch ??= new List<ActorMention>(64);
        fromLexicon.Clear();
        ActorLexicon.Default.Find(document, fromLexicon);
        PairMentions.Find(document, fromLexicon);
        // Overlap with any record mention, by binary search over the record mentions sorted by first token with the running
        // maximum of their last tokens: testing each lexicon mention against every record mention was quadratic, and an article
        // that names one country a hundred thousand times took minutes.
        List<ActorMention> recordMentions = factScratch ??= new List<ActorMention>(64);
        recordMentions.Clear();
        recordMentions.AddRange(CollectionsMarshal.AsSpan(all));
        recordMentions.Sort(static (a, b) => a.FirstToken.CompareTo(b.FirstToken));
        List<int> reach = reachScratch ??= new List<int>(64);
        reach.Clear();
        foreach (ActorMention f in recordMentions)
        {
            reach.Add(reach.Count == 0 ? f.LastToken : Math.Max(reach[^1], f.LastToken));
        }

        ReadOnlySpan<ActorMention> sortedFacts = CollectionsMarshal.AsSpan(recordMentions);
        foreach (ActorMention m in fromLexicon)
        {
            // Record mentions [0, before) start at or before the lexicon mention's end; one of them overlaps it when the
            // furthest any of them reaches is at or past its start.
            int before = LowerBound.Of(sortedFacts, m.LastToken + 1, static f => f.FirstToken);
            if (before == 0 || reach[before - 1] < m.FirstToken)
            {
                all.Add(m);
            }
        }

        OrganizationReferences.AddOfficeHolders(document, facts, all);
        OrganizationReferences.AddInitials(document, all);
        all.Sort((a, b) => a.FirstToken != b.FirstToken ? a.FirstToken.CompareTo(b.FirstToken) : b.LastToken.CompareTo(a.LastToken));
        var result = new List<ActorMention>(all.Count);
        foreach (ActorMention m in all)
        {
            if (result.Count > 0 && result[^1].LastToken >= m.FirstToken)
            {
                // Overlap: keep the earlier, longer one, but let a person or organisation inside a country phrase win.
                if (m.Form is ActorForm.Person or ActorForm.Organization && result[^1].Form is ActorForm.Demonym or ActorForm.Name)
                {
                    result[^1] = m;
                }

                continue;
            }

            result.Add(m);
        }

        MergeTitledPeople(document, result);
        result.RemoveAll(m => m.Form is ActorForm.Demonym or ActorForm.Name or ActorForm.Alias or ActorForm.Capital && ModifiesBusiness(document, m));
        var parties = ImmutableArray.CreateBuilder<string>(3);
        foreach (CountryEntity country in facts.Countries.OrderByDescending(c => c.MentionCount > 0 ? c.MentionCount : c.Mentions.Length).ThenBy(c => FirstMention(c)))
        {
            if (parties.Count == 3)
            {
                break;
            }

            parties.Add(country.Code);
        }

        return new ActorIndex([.. result], parties.ToImmutable());
    }

    /// <summary>
    /// "Turkish President Recep Tayyip Erdoğan", "Iran's foreign minister Hossein Amirabdollahian", "NATO Secretary-General
    /// Jens Stoltenberg": a country or organisation phrase, title words and a person are one participant, so coordination ("X and Y spoke") sees one unit.
    /// </summary>
    private static void MergeTitledPeople(Document document, List<ActorMention> mentions)
    {
        for (int i = mentions.Count - 2; i >= 0; i--)
        {
            ActorMention country = mentions[i];
            ActorMention person = mentions[i + 1];
            if (person.Form != ActorForm.Person || country.Form is not (ActorForm.Name or ActorForm.Demonym or ActorForm.Alias or ActorForm.Organization)
                || person.FirstToken - country.LastToken > 5 || !OnlyTitleWords(document, country.LastToken + 1, person.FirstToken))
            {
                continue;
            }

            // "U.N. press secretary Francois Giuliani" speaks for the UN, whatever his nationality.
            string code = country.Form == ActorForm.Organization ? country.Code : person.Code;
            mentions[i] = new ActorMention(country.FirstToken, person.LastToken, code, ActorForm.Person);
            mentions.RemoveAt(i + 1);
        }
    }

    /// <summary>
    /// "Japanese steel firms", "Canadian exporters", "French bank Credit Lyonnais", "Finland's national oil company", "a Canadian bond
    /// trader": a nationality or home of companies, not a state acting.
    /// </summary>
    private static bool ModifiesBusiness(Document document, ActorMention mention)
    {
        int words = 0;
        for (int t = mention.LastToken + 1; t < document.Tokens.Length && words < BusinessHeadWords; t++)
        {
            Token token = document.Tokens[t];
            if (token.Kind == TokenKind.Clitic)
            {
                continue;
            }

            ReadOnlySpan<char> word = document.Span(token);
            if (token.Kind != TokenKind.Word || word.EndsWith("ed", StringComparison.Ordinal) || EventWords.Prepositions.Contains(word))
            {
                // "Iranian forces attacked ...", "Iran in talks with banks": the phrase ended before any business noun.
                return false;
            }

            if (EventWords.StateBodyWords.Contains(word))
            {
                // "Italy's central bank governor": a state body.
                return false;
            }

            if (EventWords.BusinessNouns.Contains(word))
            {
                return true;
            }

            words++;
        }

        return false;
    }

    /// <summary>True when tokens [from, to) are title words: capitalised words, a possessive, "foreign", "minister", ...</summary>
    internal static bool OnlyTitleWords(Document document, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            Token token = document.Tokens[t];
            ReadOnlySpan<char> word = document.Span(token);
            bool title = token.Kind == TokenKind.Clitic || token.Kind == TokenKind.Dash
                || (token.Kind == TokenKind.Word && (char.IsUpper(word[0]) || EventWords.TitleWords.Contains(word)));
            if (!title)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when one of <paramref name="codes"/> names an organisation mentioned in the document ("NATO ambassadors met").</summary>
    public bool IsOrganization(List<string> codes)
    {
        foreach (ActorMention m in Mentions)
        {
            if (m.Form == ActorForm.Organization && codes.Contains(m.Code))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The code of the first person mention in [<paramref name="from"/>, <paramref name="end"/>), or null: the likeliest subject.</summary>
    public string? FirstPersonIn(int from, int end)
    {
        for (int m = FirstAtOrAfter(from); m < Mentions.Length && Mentions[m].FirstToken < end; m++)
        {
            if (Mentions[m].Form == ActorForm.Person)
            {
                return Mentions[m].Code;
            }
        }

        return null;
    }

    /// <summary>Index of the first mention whose first token is at or after <paramref name="token"/>.</summary>
    public int FirstAtOrAfter(int token) => LowerBound.Of<ActorMention>(Mentions, token, static m => m.FirstToken);

    /// <summary>The first token of the first mention starting at or after <paramref name="token"/>, or <see cref="int.MaxValue"/> when none does.</summary>
    public int NextMentionStart(int token)
    {
        int m = FirstAtOrAfter(token);
        return m < Mentions.Length ? Mentions[m].FirstToken : int.MaxValue;
    }

    /// <summary>True when <paramref name="token"/> lies inside a participant mention (the last one starting at or before it).</summary>
    public bool Covers(int token)
    {
        int m = FirstAtOrAfter(token + 1) - 1;
        return m >= 0 && Mentions[m].LastToken >= token;
    }

    private static int FirstMention(CountryEntity c) => c.Mentions.IsDefaultOrEmpty ? int.MaxValue : c.Mentions[0].Start;

    private static ActorForm FormOf(string form) => form switch
    {
        "demonym" => ActorForm.Demonym,
        "capital" => ActorForm.Capital,
        "alias" => ActorForm.Alias,
        "place" => ActorForm.Place,
        _ => ActorForm.Name,
    };

    /// <summary>Adds a mention of characters [<paramref name="start"/>, <paramref name="end"/>) as tokens.</summary>
    internal static void Add(Document document, List<ActorMention> output, int start, int end, string code, ActorForm form)
    {
        int first = TokenIndex.At(document.Tokens, start);
        int last = TokenIndex.At(document.Tokens, end - 1);
        if (first >= 0 && last >= first)
        {
            output.Add(new ActorMention(first, last, code, form));
        }
    }
}
