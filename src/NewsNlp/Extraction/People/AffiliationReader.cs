using NewsNlp.Extraction.Countries;
using NewsNlp.Extraction.Entities;
using NewsNlp.Text;

namespace NewsNlp.Extraction.People;

/// <summary>Reads what a person's role belongs to from the words around the title: "envoy to X", "head of the Y", "who heads the Z".</summary>
internal static class AffiliationReader
{
    /// <summary>"ambassador to China": a title head, "to", then a country at <paramref name="t"/>.</summary>
    internal static bool IsEnvoyTo(Document document, int t, int first, EntityGazetteer gazetteer)
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
    internal static bool ReadRoleOf(Document document, int t, int first, EntityGazetteer gazetteer, PersonFacts facts)
    {
        Token[] tokens = document.Tokens;
        int end = t >= first && AttributesAfter.IsComma(document, t) ? t - 1 : t;
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

            if (found.Country is null && AffiliationPhrases.TryBodyStartingAt(document, x, end + 1, out Affiliation body))
            {
                found.Body = body;
            }

            if (found.Country is null && found.Body is null && !AffiliationPhrases.OrganizationStartsAt(document, x))
            {
                return false;
            }

            AttributesAfter.SetTitle(document, k - 1, end + 1, facts);
            facts.TitleStart = k - 1;
            facts.Country ??= found.Country;
            facts.Body ??= found.Body;
            facts.Stateless |= found.Country is null && found.Body is null;
            return true;
        }

        return false;
    }

    /// <summary>"the Soviet team on medium-range missiles headed by Lem Masterkov": the team's nationality.</summary>
    internal static bool ReadHeadedBy(Document document, int t, int first, EntityGazetteer gazetteer, PersonFacts facts)
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
    internal static int ListedTitleStart(Document document, int titleStart, int titleEnd, int first)
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
    internal static bool OrganizationEndsAt(Document document, int t, int first)
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

    /// <summary>", who heads the American team": a leader's nationality after a relative pronoun.</summary>
    internal static bool ReadWhoHeads(Document document, int t, int last, EntityGazetteer gazetteer, PersonFacts facts)
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
}
