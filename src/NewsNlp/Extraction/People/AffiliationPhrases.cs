using NewsNlp.Extraction.Countries;
using NewsNlp.Extraction.Entities;
using NewsNlp.Text;

namespace NewsNlp.Extraction.People;

/// <summary>Recognises the country and organisation phrases an affiliation is made of: "Iran's", "of Pakistan", "the PMF", acronyms.</summary>
internal static class AffiliationPhrases
{
    /// <summary>
    /// Reads the complement after a title head at <paramref name="t"/>: "of Iran", "of the United
    /// States", "for the Indonesian military", "for the State Department", "for the PMF", and
    /// extends the title by "of Transportation".
    /// </summary>
    internal static void ReadCountryAfter(Document document, int titleStart, int t, int last, EntityGazetteer gazetteer, PersonFacts facts)
    {
        Token[] tokens = document.Tokens;
        if (t + 1 >= last)
        {
            return;
        }

        ReadOnlySpan<char> preposition = document.Span(tokens[t]);
        bool of = preposition.Equals("of", StringComparison.OrdinalIgnoreCase);
        if (preposition is "at" or "with")
        {
            // "chief economist at Friedburg Commodity Management": an employer, never a country.
            ReadEmployer(document, t + 1, last, facts);
            return;
        }

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

        if (AffiliationReader.OrganizationEndsAt(document, k, k) || OrganizationStartsAt(document, k) || IsAcronym(word) || FirmEvidence.LegalFormEndsRun(document, k, last))
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

            AttributesAfter.SetTitle(document, titleStart, end, facts);
        }
    }

    private static void ReadEmployer(Document document, int k, int last, PersonFacts facts)
    {
        Token[] tokens = document.Tokens;
        if (k < last && document.Span(tokens[k]).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            k++;
        }

        if (k >= last || !char.IsUpper(document.Span(tokens[k])[0]))
        {
            return;
        }

        if (TryBodyStartingAt(document, k, last, out Affiliation body))
        {
            facts.Body ??= body;
        }
        else
        {
            facts.Stateless = true;
        }
    }

    internal static bool OrganizationStartsAt(Document document, int k) =>
        OrganizationGazetteer.TryMatch(document.Text, document.Tokens, k, out OrganizationMatch match) && !match.Organization.IsSource;

    /// <summary>"Pakistan's", "the United States'": a country name and a possessive starting at token <paramref name="k"/>; <paramref name="next"/> follows it.</summary>
    internal static bool TryPossessiveCountry(Document document, int k, int last, EntityGazetteer gazetteer, out string code, out int next)
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
    internal static bool TryCountryStartingAt(Document document, int k, int last, EntityGazetteer gazetteer, out string code)
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
    internal static bool TryBodyStartingAt(Document document, int k, int last, out Affiliation body)
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

    internal static bool IsAcronym(ReadOnlySpan<char> word)
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
