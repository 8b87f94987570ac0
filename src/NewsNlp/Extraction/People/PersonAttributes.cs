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
    private const GazetteerFlags TitleWord = GazetteerFlags.TitleHead | GazetteerFlags.TitleModifier;

    /// <summary>The facts around <paramref name="mention"/>.</summary>
    public static PersonFacts Read(Document document, PersonMention mention, EntityGazetteer gazetteer)
    {
        var facts = new PersonFacts();
        Sentence sentence = document.Sentences[mention.Sentence];
        ReadBefore(document, mention.StartToken, sentence.FirstToken, gazetteer, facts);
        ReadAfter(document, mention.EndToken, sentence.EndToken, gazetteer, facts);
        return facts;
    }

    private static void ReadBefore(Document document, int start, int first, EntityGazetteer gazetteer, PersonFacts facts)
    {
        Token[] tokens = document.Tokens;
        int t = start - 1;
        while (t >= first && (gazetteer.Lookup(document.Span(tokens[t])) & GazetteerFlags.Honorific) != 0)
        {
            t--;
        }

        int titleEnd = t + 1;
        int titleStart = titleEnd;
        bool head = false;
        while (t >= first)
        {
            ReadOnlySpan<char> word = document.Span(tokens[t]);
            GazetteerFlags flags = gazetteer.Lookup(word);
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

        SetTitle(document, titleStart, titleEnd, facts);
        if (t >= first)
        {
            ReadOnlySpan<char> word = document.Span(tokens[t]);
            if (tokens[t].Kind == TokenKind.Clitic && t > first)
            {
                word = document.Span(tokens[t - 1]);
            }

            if (gazetteer.TryGetCountry(word, out string code))
            {
                facts.Country = code;
            }
        }
    }

    private static void ReadAfter(Document document, int end, int last, EntityGazetteer gazetteer, PersonFacts facts)
    {
        Token[] tokens = document.Tokens;
        int t = end;
        if (t >= last || !IsComma(document, t))
        {
            return;
        }

        t++;
        if (t < last && tokens[t].Kind == TokenKind.Number
            && int.TryParse(document.Span(tokens[t]), NumberStyles.None, CultureInfo.InvariantCulture, out int age)
            && age is > 0 and < 120 && (t + 1 >= last || IsComma(document, t + 1) || tokens[t + 1].Kind is TokenKind.Punctuation or TokenKind.Bracket or TokenKind.Quote))
        {
            facts.Age = age;
            t += 2;
        }

        if (t >= last)
        {
            return;
        }

        ReadOnlySpan<char> det = document.Span(tokens[t]);
        if (!(det.Equals("a", StringComparison.OrdinalIgnoreCase) || det.Equals("an", StringComparison.OrdinalIgnoreCase)
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
            GazetteerFlags flags = gazetteer.Lookup(word);
            if ((flags & GazetteerFlags.Nationality) != 0 && gazetteer.TryGetCountry(word, out string code))
            {
                facts.Country ??= code;
                continue;
            }

            if ((flags & TitleWord) != 0 && phraseStart < 0)
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

                ReadCountryAfter(document, k + 1, last, gazetteer, facts);
                return;
            }
        }
    }

    private static void ReadCountryAfter(Document document, int t, int last, EntityGazetteer gazetteer, PersonFacts facts)
    {
        if (t + 1 < last && document.Span(document.Tokens[t]).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            int k = t + 1;
            if (document.Span(document.Tokens[k]).Equals("the", StringComparison.OrdinalIgnoreCase) && k + 1 < last)
            {
                k++;
            }

            if (gazetteer.TryGetCountry(document.Span(document.Tokens[k]), out string code))
            {
                facts.Country ??= code;
            }
        }
    }

    private static void SetTitle(Document document, int start, int end, PersonFacts facts)
    {
        Token[] tokens = document.Tokens;
        string title = document.Substring(tokens[start].Start, tokens[end - 1].End);
        if (title.Equals("counterpart", StringComparison.OrdinalIgnoreCase))
        {
            facts.IsCounterpart = true;
        }

        facts.Title = title;
    }

    private static bool IsComma(Document document, int t) =>
        document.Tokens[t].Kind == TokenKind.Punctuation && document.Span(document.Tokens[t]) is ",";
}
