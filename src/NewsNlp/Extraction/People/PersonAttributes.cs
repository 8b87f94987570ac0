using System.Globalization;
using NewsNlp.Extraction.Entities;
using NewsNlp.Text;

namespace NewsNlp.Extraction.People;

/// <summary>
/// Reads a person's title, country, age and occupation from the words around a mention: the
/// title in front ("Pakistani Foreign Minister Jalil Abbas Jilani", "Iran's Foreign Minister X")
/// and the appositive behind ("Haji Mohammad Islam, 55", "X, 42, a cook", "X, a spokesman for the PMF").
/// </summary>
internal static class PersonAttributes
{
    internal const GazetteerFlags TitleWord = GazetteerFlags.TitleHead | GazetteerFlags.TitleModifier;

    /// <summary>Reads the facts around <paramref name="mention"/> into <paramref name="facts"/>, which must be empty (reused scratch).</summary>
    public static void Read(Document document, PersonMention mention, EntityGazetteer gazetteer, PersonFacts facts)
    {
        Sentence sentence = document.Sentences[mention.Sentence];
        ReadBefore(document, mention.StartToken, sentence.FirstToken, gazetteer, facts);
        AttributesAfter.ReadAfter(document, mention.EndToken, sentence.EndToken, gazetteer, facts);
        if (facts.Country is null && UsStateTags.PartyTagFollows(document, mention.EndToken, sentence.EndToken))
        {
            facts.Country = UsStateTags.UnitedStates;
        }
    }

    private static void ReadBefore(Document document, int start, int first, EntityGazetteer gazetteer, PersonFacts facts)
    {
        Token[] tokens = document.Tokens;
        int t = start - 1;
        while (t >= first && (gazetteer.Lookup(document.Span(tokens[t])) & GazetteerFlags.Honorific) != 0)
        {
            t--;
        }

        if (AffiliationReader.ReadRoleOf(document, t, first, gazetteer, facts) || AffiliationReader.ReadHeadedBy(document, t, first, gazetteer, facts))
        {
            return;
        }

        // "Malaysia's Prime Minister, Najib Razak"
        if (t > first && AttributesAfter.IsComma(document, t) && ((gazetteer.Lookup(document.Span(tokens[t - 1])) & GazetteerFlags.TitleHead) != 0 || AffiliationReader.IsEnvoyTo(document, t - 1, first, gazetteer)))
        {
            t--;
        }

        // "President of Ukraine Volodymyr Zelenskyy"
        if (t - 2 >= first && document.Span(tokens[t - 1]).Equals("of", StringComparison.OrdinalIgnoreCase)
            && (gazetteer.Lookup(document.Span(tokens[t - 2])) & GazetteerFlags.TitleHead) != 0
            && gazetteer.TryGetCountry(document.Span(tokens[t]), out string ofCountry))
        {
            facts.Country = ofCountry;
            t -= 2;
        }

        // "19-year-old motorcyclist Harry Dunn": any lower-case noun after an age is an occupation.
        if (t - 1 >= first && tokens[t].Kind == TokenKind.Word && char.IsLower(document.Span(tokens[t])[0]))
        {
            ReadAgeBefore(document, t - 1, first, facts);
            if (facts.Age is not null)
            {
                facts.Occupation = document.Substring(tokens[t].Start, tokens[t].End);
                return;
            }
        }

        ReadAgeBefore(document, t, first, facts);
        int titleEnd = t + 1;
        if (AffiliationReader.IsEnvoyTo(document, t, first, gazetteer))
        {
            // "the Japanese ambassador to China Anami Koreshige": China is the host, not the country.
            t -= 2;
        }

        int titleStart = titleEnd;
        bool head = false;
        while (t >= first)
        {
            ReadOnlySpan<char> word = document.Span(tokens[t]);
            GazetteerFlags flags = gazetteer.Lookup(word);
            if ((flags & GazetteerFlags.Occupation) != 0 && char.IsLower(word[0]) && titleStart == titleEnd)
            {
                facts.Occupation = word.ToString();
                head = true;
                titleStart = t;
                t--;
                continue;
            }

            if ((flags & TitleWord) != 0 && (flags & GazetteerFlags.Nationality) == 0)
            {
                head |= (flags & GazetteerFlags.TitleHead) != 0;
                titleStart = t;
                t--;
                continue;
            }

            if (word.Equals("of", StringComparison.OrdinalIgnoreCase) && t > first && titleStart < titleEnd
                && (gazetteer.Lookup(document.Span(tokens[t - 1])) & GazetteerFlags.TitleHead) != 0)
            {
                titleStart = t;
                t--;
                continue;
            }

            break;
        }

        if (!head || titleStart >= titleEnd)
        {
            return;
        }

        int listed = AffiliationReader.ListedTitleStart(document, titleStart, titleEnd, first);
        if (listed < titleStart)
        {
            // "Police and Crime Commissioner": a listed office runs on past the title words.
            titleStart = listed;
            t = listed - 1;
        }

        AttributesAfter.SetTitle(document, titleStart, titleEnd, facts);
        facts.TitleStart = titleStart;
        facts.Stateless |= AffiliationReader.OrganizationEndsAt(document, titleStart - 1, first) || AffiliationPhrases.OrganizationStartsAt(document, titleStart)
            || (titleStart > first && FirmEvidence.IsFirmAt(document, titleStart - 1));
        ReadAgeBefore(document, t, first, facts);
        if (t >= first)
        {
            if (tokens[t].Kind == TokenKind.Clitic && t > first)
            {
                t--;
            }

            if (TryCountryEndingAt(document, t, first, gazetteer, out string code))
            {
                facts.Country ??= code;
            }
        }
    }

    /// <summary>Finds a country name of one to three words ending at token <paramref name="t"/> ("United States").</summary>
    public static bool TryCountryEndingAt(Document document, int t, int first, EntityGazetteer gazetteer, out string code)
    {
        Token[] tokens = document.Tokens;
        for (int k = Math.Min(2, t - first); k >= 0; k--)
        {
            ReadOnlySpan<char> span = document.Text.AsSpan(tokens[t - k].Start, tokens[t].End - tokens[t - k].Start);
            if (gazetteer.TryGetCountry(span, out code))
            {
                return true;
            }
        }

        code = "";
        return false;
    }

    /// <summary>"19-year-old motorcyclist Harry Dunn": an age just before the title or name.</summary>
    private static void ReadAgeBefore(Document document, int t, int first, PersonFacts facts)
    {
        if (facts.Age is not null || t < first)
        {
            return;
        }

        Token[] tokens = document.Tokens;
        ReadOnlySpan<char> word = document.Span(tokens[t]);
        if (word.EndsWith("-year-old", StringComparison.OrdinalIgnoreCase))
        {
            word = word[..^9];
        }
        else if (word.Equals("year-old", StringComparison.OrdinalIgnoreCase) || word.Equals("-year-old", StringComparison.OrdinalIgnoreCase))
        {
            int k = t - 1;
            while (k >= first && tokens[k].Kind == TokenKind.Dash)
            {
                k--;
            }

            if (k < first)
            {
                return;
            }

            word = document.Span(tokens[k]);
        }
        else
        {
            return;
        }

        if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out int age) && age is > 0 and < 120)
        {
            facts.Age = age;
        }
    }
}
