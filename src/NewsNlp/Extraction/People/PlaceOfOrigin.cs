using NewsNlp.Text;

namespace NewsNlp.Extraction.People;

/// <summary>The place a person is "of", right after the name: it gives the person that place's country.</summary>
internal static class PlaceOfOrigin
{
    /// <summary>"Sharif Hotak, of the Maidan Wardak provincial council", "Ali Hamza of Pakistan": the country of the place a person is "of".</summary>
    public static string? Read(Document document, PersonMention mention, CountryContext context)
    {
        Token[] tokens = document.Tokens;
        int end = document.Sentences[mention.Sentence].EndToken;
        int t = mention.EndToken;
        if (t < end && document.Span(tokens[t]) is ",")
        {
            t++;
        }

        if (t >= end || document.Span(tokens[t]) is not "of")
        {
            return null;
        }

        t++;
        if (t < end && document.Span(tokens[t]) is "the")
        {
            t++;
        }

        for (int k = t; k < end && k < t + OfPlaceWords; k++)
        {
            ReadOnlySpan<char> word = document.Span(tokens[k]);
            if (tokens[k].Kind is not (TokenKind.Word or TokenKind.Abbreviation) || !char.IsUpper(word[0]))
            {
                return null;
            }

            if (context.CountryAt(k) is { } code)
            {
                return code;
            }
        }

        return null;
    }

    // The longest place name read after "of the": "Maidan Wardak", "Khyber Pakhtunkhwa province".
    private const int OfPlaceWords = 3;
}
