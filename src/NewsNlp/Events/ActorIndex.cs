using System.Collections.Immutable;
using NewsNlp.Extraction.Countries;
using NewsNlp.Extraction.People;
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

        // A person acts for a country only in an office: a victim's fiancée or a witness of another nationality does not.
        foreach (PersonEntity person in facts.People)
        {
            if (person.Country is { Length: > 0 } code && person.Title is not null)
            {
                foreach (CharSpan m in person.Mentions)
                {
                    Add(document, all, m.Start, m.End, code, ActorForm.Person);
                }
            }
        }

        // Records from the earlier stages win over the lexicon where they overlap.
        int fromFacts = all.Count;
        List<ActorMention> fromLexicon = lexiconScratch ??= new List<ActorMention>(64);
        fromLexicon.Clear();
        ActorLexicon.Default.Find(document, fromLexicon);
        FindPairs(document, fromLexicon);
        foreach (ActorMention m in fromLexicon)
        {
            bool overlaps = false;
            for (int i = 0; i < fromFacts && !overlaps; i++)
            {
                overlaps = all[i].FirstToken <= m.LastToken && m.FirstToken <= all[i].LastToken;
            }

            if (!overlaps)
            {
                all.Add(m);
            }
        }

        AddOfficeHolders(document, facts, all);
        AddShortNames(document, all);
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
    /// "World Bank President Barber Conable ... Conable met Brazilian officials": a titled person the people stage ties to no country
    /// holds an office of the organisation named right before one of his mentions (only title words between), and acts for it at
    /// every mention. explain-events: such office holders lost their acts at the builder for want of an actor.
    /// </summary>
    private static void AddOfficeHolders(Document document, ExtractedFacts facts, List<ActorMention> mentions)
    {
        int count = mentions.Count;
        foreach (PersonEntity person in facts.People)
        {
            if (person.Title is null || person.Country is { Length: > 0 })
            {
                continue;
            }

            string? office = null;
            foreach (CharSpan m in person.Mentions)
            {
                int first = TokenIndex.At(document.Tokens, m.Start);
                for (int i = 0; i < count && office is null; i++)
                {
                    ActorMention org = mentions[i];
                    if (org.Form == ActorForm.Organization && org.LastToken < first && first - org.LastToken <= 5
                        && first - org.LastToken > 1 && OnlyTitleWords(document, org.LastToken + 1, first))
                    {
                        office = org.Code;
                    }
                }
            }

            if (office is null)
            {
                continue;
            }

            foreach (CharSpan m in person.Mentions)
            {
                Add(document, mentions, m.Start, m.End, office, ActorForm.Person);
            }
        }
    }

    /// <summary>
    /// "the European Community ... The EC imposed sanctions": the initials of an organisation the article names in full stand for it
    /// wherever they stand alone as a word in capitals. Only in an article that spells the name out, so the initials are its own.
    /// </summary>
    private static void AddShortNames(Document document, List<ActorMention> mentions)
    {
        int count = mentions.Count;
        for (int i = 0; i < count; i++)
        {
            ActorMention org = mentions[i];
            if (org.Form != ActorForm.Organization || org.LastToken == org.FirstToken || Initials(document, org) is not { Length: >= 2 } initials)
            {
                continue;
            }

            for (int t = 0; t < document.Tokens.Length; t++)
            {
                Token token = document.Tokens[t];
                if (token.Kind is TokenKind.Word or TokenKind.Abbreviation && document.Span(token).SequenceEqual(initials) && !Overlaps(mentions, t))
                {
                    mentions.Add(new ActorMention(t, t, org.Code, ActorForm.Organization));
                }
            }
        }
    }

    /// <summary>"European Community" gives "EC": the first letters of its capitalised words (a word in lower case, "of", is skipped); null unless every word is a name's.</summary>
    private static string? Initials(Document document, ActorMention org)
    {
        Span<char> letters = stackalloc char[8];
        int n = 0;
        for (int t = org.FirstToken; t <= org.LastToken; t++)
        {
            Token token = document.Tokens[t];
            ReadOnlySpan<char> word = document.Span(token);
            if (token.Kind != TokenKind.Word || word.Length < 2 || !char.IsUpper(word[0]) || word.Length == CountUpper(word))
            {
                // A word in capitals or an initialism inside the name ("U.N. Security Council"), or lower case: no plain initials.
                if (token.Kind == TokenKind.Word && word.Length > 0 && char.IsLower(word[0]))
                {
                    continue;
                }

                return null;
            }

            if (n == letters.Length)
            {
                return null;
            }

            letters[n++] = word[0];
        }

        return n >= 2 ? new string(letters[..n]) : null;
    }

    private static int CountUpper(ReadOnlySpan<char> word)
    {
        int n = 0;
        foreach (char c in word)
        {
            n += char.IsUpper(c) ? 1 : 0;
        }

        return n;
    }

    private static bool Overlaps(List<ActorMention> mentions, int token)
    {
        foreach (ActorMention m in mentions)
        {
            if (m.FirstToken <= token && token <= m.LastToken)
            {
                return true;
            }
        }

        return false;
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
    private static bool OnlyTitleWords(Document document, int from, int to)
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

    private static int FirstMention(CountryEntity c) => c.Mentions.IsDefaultOrEmpty ? int.MaxValue : c.Mentions[0].Start;

    private static ActorForm FormOf(string form) => form switch
    {
        "demonym" => ActorForm.Demonym,
        "capital" => ActorForm.Capital,
        "alias" => ActorForm.Alias,
        "place" => ActorForm.Place,
        _ => ActorForm.Name,
    };

    private static void Add(Document document, List<ActorMention> output, int start, int end, string code, ActorForm form)
    {
        int first = TokenIndex.At(document.Tokens, start);
        int last = TokenIndex.At(document.Tokens, end - 1);
        if (first >= 0 && last >= first)
        {
            output.Add(new ActorMention(first, last, code, form));
        }
    }

    /// <summary>"the two countries", "both sides", "the two foreign ministers": a pair mention.</summary>
    private static void FindPairs(Document document, List<ActorMention> output)
    {
        Token[] tokens = document.Tokens;
        for (int i = 0; i + 1 < tokens.Length; i++)
        {
            ReadOnlySpan<char> w = document.Span(tokens[i]);
            bool both = w.Equals("both", StringComparison.OrdinalIgnoreCase);
            bool two = w.Equals("two", StringComparison.OrdinalIgnoreCase) && i > 0 && document.Span(tokens[i - 1]).Equals("the", StringComparison.OrdinalIgnoreCase);
            if (w.Equals("the", StringComparison.OrdinalIgnoreCase) && EventWords.PartyNouns.Contains(document.Span(tokens[i + 1])))
            {
                // "consulting with the parties": the two sides of the dispute.
                output.Add(new ActorMention(i, i + 1, "", ActorForm.Pair));
                i++;
                continue;
            }

            if (!both && !two)
            {
                continue;
            }

            // Up to two modifiers ("the two foreign ministers").
            for (int j = i + 1; j < tokens.Length && j <= i + 3; j++)
            {
                if (tokens[j].Kind != TokenKind.Word)
                {
                    break;
                }

                if (EventWords.PairNouns.Contains(document.Span(tokens[j])))
                {
                    output.Add(new ActorMention(two ? i - 1 : i, j, "", ActorForm.Pair));
                    i = j;
                    break;
                }
            }
        }
    }
}
