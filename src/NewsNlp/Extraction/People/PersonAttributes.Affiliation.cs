using NewsNlp.Extraction.Countries;
using NewsNlp.Extraction.Entities;
using NewsNlp.Text;

namespace NewsNlp.Extraction.People;

/// <summary>
/// What a title's complement says about the person's country: "of Iran", "for the Indonesian
/// military" (a country), "for the State Department" (a national body), "for the PMF" or "NATO
/// Secretary-General" (an organisation, so no country), "who heads the American team".
/// </summary>
internal static partial class PersonAttributes
{
    /// <summary>"ambassador to China": a title head, "to", then a country at <paramref name="t"/>.</summary>
    private static bool IsEnvoyTo(Document document, int t, int first, EntityGazetteer gazetteer)
    {
        Token[] tokens = document.Tokens;
        return t - 2 >= first
            && document.Span(tokens[t - 1]).Equals("to", StringComparison.OrdinalIgnoreCase)
            && (gazetteer.Lookup(document.Span(tokens[t - 2])) & GazetteerFlags.TitleHead) != 0
            && gazetteer.TryGetCountry(document.Span(tokens[t]), out _);
    }

    /// <summary>
    /// "the director-general of the Israeli Foreign Ministry, Abraham Tamir", "head of the CIA
    /// William Casey": a role "of" a country's body, a national body or an organisation, right before the name.
    /// </summary>
    private static bool ReadRoleOf(Document document, int t, int first, EntityGazetteer gazetteer, PersonFacts facts)
    {
        Token[] tokens = document.Tokens;
        int end = t >= first && IsComma(document, t) ? t - 1 : t;
        if (end <= first || tokens[end].Kind is not (TokenKind.Word or TokenKind.Abbreviation) || !char.IsUpper(document.Span(tokens[end])[0]))
        {
            return false; // "... William Casey and Thatcher": the role must end right before the name.
        }

        for (int k = end - 1; k > first && k >= end - 6; k--)
        {
            ReadOnlySpan<char> word = document.Span(tokens[k]);
            if (!word.Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                if (tokens[k].Kind is not (TokenKind.Word or TokenKind.Abbreviation) || !(char.IsUpper(word[0]) || word is "the"))
                {
                    return false;
                }

                continue;
            }

            if ((gazetteer.Lookup(document.Span(tokens[k - 1])) & GazetteerFlags.TitleHead) == 0)
            {
                return false;
            }

            int x = k + 1;
            if (document.Span(tokens[x]) is "the" && x < end)
            {
                x++;
            }

            var found = new PersonFacts();
            if (gazetteer.TryGetCountry(document.Text.AsSpan(tokens[x].Start, tokens[end].End - tokens[x].Start), out _))
            {
                return false; // "President of Ukraine": the plain title rules read it.
            }

            for (int j = x; j <= end && found.Country is null; j++)
            {
                if ((gazetteer.Lookup(document.Span(tokens[j])) & GazetteerFlags.Nationality) != 0 && gazetteer.TryGetCountry(document.Span(tokens[j]), out string code))
                {
                    found.Country = code;
                }
            }

            if (found.Country is null && TryBodyStartingAt(document, x, end + 1, out Affiliation body))
            {
                found.Body = body;
            }

            if (found.Country is null && found.Body is null && !OrganizationStartsAt(document, x))
            {
                return false;
            }

            SetTitle(document, k - 1, end + 1, facts);
            facts.TitleStart = k - 1;
            facts.Country ??= found.Country;
            facts.Body ??= found.Body;
            facts.Stateless |= found.Country is null && found.Body is null;
            return true;
        }

        return false;
    }

    /// <summary>"the Soviet team on medium-range missiles headed by Lem Masterkov": the team's nationality.</summary>
    private static bool ReadHeadedBy(Document document, int t, int first, EntityGazetteer gazetteer, PersonFacts facts)
    {
        Token[] tokens = document.Tokens;
        if (t - 1 < first || !document.Span(tokens[t]).Equals("by", StringComparison.Ordinal) || document.Span(tokens[t - 1]) is not ("headed" or "led" or "chaired"))
        {
            return false;
        }

        for (int k = t - 2; k >= first && k >= t - 7; k--)
        {
            ReadOnlySpan<char> word = document.Span(tokens[k]);
            if (tokens[k].Kind is TokenKind.Punctuation or TokenKind.Quote)
            {
                return false;
            }

            if ((gazetteer.Lookup(word) & GazetteerFlags.Nationality) != 0 && gazetteer.TryGetCountry(word, out string code))
            {
                facts.Country ??= code;
                return true;
            }
        }

        return false;
    }

    /// <summary>The first token of the longest listed office ("Police and Crime Commissioner") ending at <paramref name="titleEnd"/>.</summary>
    private static int ListedTitleStart(Document document, int titleStart, int titleEnd, int first)
    {
        Token[] tokens = document.Tokens;
        AffiliationLexicon lexicon = AffiliationLexicon.Default;
        for (int n = Math.Min(lexicon.LongestPhraseWords, titleEnd - first); n > titleEnd - titleStart; n--)
        {
            int s = titleEnd - n;
            if (lexicon.TryGet(document.Text.AsSpan(tokens[s].Start, tokens[titleEnd - 1].End - tokens[s].Start), out Affiliation listed) && listed.Kind == AffiliationKind.Title)
            {
                return s;
            }
        }

        return titleStart;
    }

    /// <summary>True when an organisation's name (not a news agency) ends at token <paramref name="t"/> ("NATO", "U.N.", "(OIC)").</summary>
    private static bool OrganizationEndsAt(Document document, int t, int first)
    {
        if (t > first && document.Tokens[t].Kind == TokenKind.Bracket)
        {
            t--;
        }

        for (int start = t; start >= first && start > t - 4; start--)
        {
            if (OrganizationGazetteer.TryMatch(document.Text, document.Tokens, start, out OrganizationMatch match)
                && start + match.TokenCount - 1 == t && !match.Organization.IsSource)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reads the complement after a title head at <paramref name="t"/>: "of Iran", "of the United
    /// States", "for the Indonesian military", "for the State Department", "for the PMF", and
    /// extends the title by "of Transportation".
    /// </summary>
    private static void ReadCountryAfter(Document document, int titleStart, int t, int last, EntityGazetteer gazetteer, PersonFacts facts)
    {
        Token[] tokens = document.Tokens;
        if (t + 1 >= last)
        {
            return;
        }

        ReadOnlySpan<char> preposition = document.Span(tokens[t]);
        bool of = preposition.Equals("of", StringComparison.OrdinalIgnoreCase);
        if (!of && !preposition.Equals("for", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        int k = t + 1;
        if (document.Span(tokens[k]).Equals("the", StringComparison.OrdinalIgnoreCase) && k + 1 < last)
        {
            k++;
        }

        ReadOnlySpan<char> word = document.Span(tokens[k]);
        if (TryCountryStartingAt(document, k, last, gazetteer, out string code))
        {
            facts.Country ??= code;
            return;
        }

        if (!char.IsUpper(word[0]))
        {
            return;
        }

        if (TryBodyStartingAt(document, k, last, out Affiliation body))
        {
            facts.Body ??= body;
            return;
        }

        if (OrganizationEndsAt(document, k, k) || OrganizationStartsAt(document, k) || IsAcronym(word))
        {
            // "a spokesman for the PMF", "head of the OIC": an organisation, not a state.
            facts.Stateless = true;
            return;
        }

        if (of && k == t + 1 && facts.Title is not null)
        {
            // "the Secretary of Transportation": the office's name runs on.
            int end = k;
            while (end < last && end < k + 3 && tokens[end].Kind == TokenKind.Word && char.IsUpper(document.Span(tokens[end])[0])
                && (gazetteer.Lookup(document.Span(tokens[end])) & GazetteerFlags.Nationality) == 0)
            {
                end++;
            }

            SetTitle(document, titleStart, end, facts);
        }
    }

    /// <summary>", who heads the American team": a leader's nationality after a relative pronoun.</summary>
    private static bool ReadWhoHeads(Document document, int t, int last, EntityGazetteer gazetteer, PersonFacts facts)
    {
        Token[] tokens = document.Tokens;
        if (t + 2 >= last || !document.Span(tokens[t]).Equals("who", StringComparison.OrdinalIgnoreCase)
            || document.Span(tokens[t + 1]) is not ("heads" or "leads" or "headed" or "led" or "chairs" or "chaired" or "represents" or "represented"))
        {
            return false;
        }

        for (int k = t + 2; k < last && k < t + 5; k++)
        {
            if ((gazetteer.Lookup(document.Span(tokens[k])) & GazetteerFlags.Nationality) != 0 && gazetteer.TryGetCountry(document.Span(tokens[k]), out string code))
            {
                facts.Country ??= code;
                return true;
            }
        }

        return false;
    }

    private static bool OrganizationStartsAt(Document document, int k) =>
        OrganizationGazetteer.TryMatch(document.Text, document.Tokens, k, out OrganizationMatch match) && !match.Organization.IsSource;

    /// <summary>"Pakistan's", "the United States'": a country name and a possessive starting at token <paramref name="k"/>; <paramref name="next"/> follows it.</summary>
    private static bool TryPossessiveCountry(Document document, int k, int last, EntityGazetteer gazetteer, out string code, out int next)
    {
        Token[] tokens = document.Tokens;
        for (int n = Math.Min(3, last - k - 1); n >= 1; n--)
        {
            Token after = tokens[k + n];
            if ((after.Kind == TokenKind.Clitic || document.Span(after) is "'" or "\u2019")
                && gazetteer.TryGetCountry(document.Text.AsSpan(tokens[k].Start, tokens[k + n - 1].End - tokens[k].Start), out code))
            {
                next = k + n + 1;
                return true;
            }
        }

        code = "";
        next = k;
        return false;
    }

    /// <summary>A country name of one to three words starting at token <paramref name="k"/>.</summary>
    private static bool TryCountryStartingAt(Document document, int k, int last, EntityGazetteer gazetteer, out string code)
    {
        Token[] tokens = document.Tokens;
        for (int n = Math.Min(3, last - k); n >= 1; n--)
        {
            if (gazetteer.TryGetCountry(document.Text.AsSpan(tokens[k].Start, tokens[k + n - 1].End - tokens[k].Start), out code))
            {
                return true;
            }
        }

        code = "";
        return false;
    }

    /// <summary>A national body ("State Department", "CIA") starting at token <paramref name="k"/>.</summary>
    private static bool TryBodyStartingAt(Document document, int k, int last, out Affiliation body)
    {
        Token[] tokens = document.Tokens;
        AffiliationLexicon lexicon = AffiliationLexicon.Default;
        for (int n = Math.Min(lexicon.LongestPhraseWords, last - k); n >= 1; n--)
        {
            if (lexicon.TryGet(document.Text.AsSpan(tokens[k].Start, tokens[k + n - 1].End - tokens[k].Start), out body) && body.Kind == AffiliationKind.Body)
            {
                return true;
            }
        }

        body = null!;
        return false;
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 6)
        {
            return false;
        }

        foreach (char c in word)
        {
            if (!char.IsUpper(c) && c != '.')
            {
                return false;
            }
        }

        return true;
    }
}
