using System.Globalization;
using NewsNlp.Extraction.Entities;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.People;

/// <summary>Reads the title, age and country that follow a name ("Jilani, the foreign minister", "Islam, 55").</summary>
internal static class AttributesAfter
{
    private static readonly WordClass AppositiveBreaks = Lexicon.Default.Class("people/appositive-breaks");

    internal static void ReadAfter(Document document, int end, int last, EntityGazetteer gazetteer, PersonFacts facts)
    {
        Token[] tokens = document.Tokens;
        int t = end;
        if (t >= last)
        {
            return;
        }

        bool copula = document.Span(tokens[t]) is "was" or "is";
        if (!copula && !IsComma(document, t))
        {
            return;
        }

        t++;
        if (t < last && tokens[t].Kind == TokenKind.Number
            && int.TryParse(document.Span(tokens[t]), NumberStyles.None, CultureInfo.InvariantCulture, out int age)
            && age is > 0 and < 120 && !copula && (t + 1 >= last || IsComma(document, t + 1) || tokens[t + 1].Kind is TokenKind.Punctuation or TokenKind.Bracket or TokenKind.Quote))
        {
            facts.Age = age;
            t += 2;
        }

        if (t >= last)
        {
            return;
        }

        ReadOnlySpan<char> det = document.Span(tokens[t]);
        if (!copula && AffiliationReader.ReadWhoHeads(document, t, last, gazetteer, facts))
        {
            return;
        }

        // "Budi Gunawan, chief of the Indonesian State Intelligence Agency": a bare lower-case role.
        bool bareRole = !copula && char.IsLower(det[0]) && (gazetteer.Lookup(det) & (PersonAttributes.TitleWord | GazetteerFlags.Occupation)) != 0;
        string? owner = null;
        if (bareRole)
        {
            t--;
        }
        else if (!copula && AffiliationPhrases.TryPossessiveCountry(document, t, last, gazetteer, out string possessor, out int next))
        {
            // "Jalil Abbas Jilani, Pakistan's foreign minister": the country counts once a role follows.
            owner = possessor;
            t = next - 1;
        }
        else if (!(det.Equals("a", StringComparison.OrdinalIgnoreCase) || det.Equals("an", StringComparison.OrdinalIgnoreCase)
            || det.Equals("the", StringComparison.OrdinalIgnoreCase) || det.Equals("his", StringComparison.OrdinalIgnoreCase)
            || det.Equals("her", StringComparison.OrdinalIgnoreCase) || det.Equals("its", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        t++;
        int limit = Math.Min(last, t + 6);
        int phraseStart = -1;
        for (int k = t; k < limit; k++)
        {
            if (tokens[k].Kind is TokenKind.Punctuation or TokenKind.Quote)
            {
                break;
            }

            ReadOnlySpan<char> word = document.Span(tokens[k]);
            if (Lexicon.Default.Contains(AppositiveBreaks, word))
            {
                break;
            }

            GazetteerFlags flags = gazetteer.Lookup(word);
            if ((flags & GazetteerFlags.Nationality) != 0 && gazetteer.TryGetCountry(word, out string code))
            {
                facts.Country ??= code;
                continue;
            }

            if ((flags & PersonAttributes.TitleWord) != 0 && phraseStart < 0)
            {
                phraseStart = k;
            }

            if ((flags & (GazetteerFlags.TitleHead | GazetteerFlags.Occupation)) != 0)
            {
                int from = phraseStart < 0 ? k : phraseStart;
                if ((flags & GazetteerFlags.Occupation) != 0 && (flags & GazetteerFlags.TitleHead) == 0)
                {
                    facts.Occupation = document.Substring(tokens[k].Start, tokens[k].End);
                }

                if (facts.Title is null)
                {
                    SetTitle(document, from, k + 1, facts);
                }

                if (owner is not null)
                {
                    facts.Country ??= owner;
                }

                // "chief economist at X": the complement follows the whole role.
                int next = k + 1;
                while (next < last && char.IsLower(document.Span(tokens[next])[0])
                    && (gazetteer.Lookup(document.Span(tokens[next])) & (PersonAttributes.TitleWord | GazetteerFlags.Occupation)) != 0)
                {
                    next++;
                }

                AffiliationPhrases.ReadCountryAfter(document, from, next, last, gazetteer, facts);
                return;
            }
        }
    }

    internal static void SetTitle(Document document, int start, int end, PersonFacts facts)
    {
        Token[] tokens = document.Tokens;
        string title = document.Substring(tokens[start].Start, tokens[end - 1].End);
        if (title.Equals("counterpart", StringComparison.OrdinalIgnoreCase))
        {
            facts.IsCounterpart = true;
        }

        facts.Title = title;
    }

    internal static bool IsComma(Document document, int t) =>
        document.Tokens[t].Kind == TokenKind.Punctuation && document.Span(document.Tokens[t]) is ",";
}
