using NewsNlp.Extraction.Countries;
using NewsNlp.Extraction.Entities;
using NewsNlp.Text;

namespace NewsNlp.Extraction.People;

/// <summary>
/// The country an official most likely acts for when the words around the name do not say:
/// the nearest country named in the same sentence, before the name first, then after it.
/// </summary>
internal static class CountryContext
{
    /// <summary>The nearest country to <paramref name="mention"/> in its sentence, or null.</summary>
    public static string? Nearest(Document document, PersonMention mention, EntityGazetteer gazetteer, CountryExtraction? countries)
    {
        Sentence sentence = document.Sentences[mention.Sentence];
        for (int t = mention.StartToken - 1; t >= sentence.FirstToken; t--)
        {
            if (char.IsUpper(document.Span(document.Tokens[t])[0]) && PersonAttributes.TryCountryEndingAt(document, t, sentence.FirstToken, gazetteer, out string code))
            {
                return code;
            }
        }

        string? extracted = FromExtraction(countries, document.Tokens[sentence.FirstToken].Start, document.Tokens[mention.StartToken].Start, before: true);
        if (extracted is not null)
        {
            return extracted;
        }

        for (int t = mention.EndToken; t < sentence.EndToken; t++)
        {
            if (char.IsUpper(document.Span(document.Tokens[t])[0]) && PersonAttributes.TryCountryEndingAt(document, t, t, gazetteer, out string code))
            {
                return code;
            }
        }

        return FromExtraction(countries, document.Tokens[mention.EndToken - 1].End, sentence.End, before: false);
    }

    private static string? FromExtraction(CountryExtraction? countries, int start, int end, bool before)
    {
        if (countries is null)
        {
            return null;
        }

        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (CountryRecord country in countries.Countries)
        {
            foreach (CountryMention m in country.Mentions)
            {
                if (m.Start >= start && m.End <= end)
                {
                    int distance = before ? end - m.End : m.Start - start;
                    if (distance < bestDistance)
                    {
                        bestDistance = distance;
                        best = country.Code;
                    }
                }
            }
        }

        return best;
    }
}
