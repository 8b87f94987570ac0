using System.Buffers;
using NewsNlp.Extraction.Countries;
using NewsNlp.Extraction.Entities;
using NewsNlp.Text;

namespace NewsNlp.Extraction.People;

/// <summary>Builds the per-document <see cref="CountryContext"/>: country, person and dateline positions by token.</summary>
internal static class CountryContextBuilder
{
    /// <summary>Indexes the country mentions of <paramref name="countries"/> and the people of <paramref name="clusters"/> by token.</summary>
    public static CountryContext Build(Document document, EntityGazetteer gazetteer, CountryLayer? countries, List<PersonCluster> clusters)
    {
        Token[] tokens = document.Tokens;

        // Three token-length arrays per article would be most of the people stage's bytes: rent them
        // (returned by Dispose). Rented arrays may be longer and dirty, so every slot is reset.
        string?[] countryAt = ArrayPool<string?>.Shared.Rent(tokens.Length);
        bool[] nameAt = ArrayPool<bool>.Shared.Rent(tokens.Length);
        int[] personAt = ArrayPool<int>.Shared.Rent(tokens.Length);
        Array.Clear(countryAt);
        Array.Clear(nameAt);
        Array.Fill(personAt, -1);
        for (int c = 0; c < clusters.Count; c++)
        {
            foreach (PersonMention m in clusters[c].Mentions)
            {
                for (int t = m.StartToken; t < m.EndToken; t++)
                {
                    personAt[t] = c;
                }
            }
        }

        int datelineEnd = DatelineEnd(document);
        var named = new Dictionary<string, int>(StringComparer.Ordinal);
        string? dateline = null;
        foreach (CountryEntity country in countries?.Countries ?? [])
        {
            foreach (CountryMentionSpan m in country.Mentions)
            {
                int first = TokenIndex.At(tokens, m.Start);
                if (first < 0)
                {
                    continue;
                }

                bool name = m.Form is not "demonym";
                for (int t = first; t < tokens.Length && tokens[t].Start < m.End; t++)
                {
                    countryAt[t] = country.Code;
                    nameAt[t] = name;
                }

                if (first < datelineEnd)
                {
                    dateline = country.Code;
                }
                else
                {
                    named[country.Code] = named.GetValueOrDefault(country.Code) + 1;
                }
            }
        }

        // The dateline is where the reporter files from; it speaks for the article's people only when
        // it is also the article's most salient country.
        string? top = countries is { Countries.Length: > 0 } ? countries.Countries[0].Code : null;
        return CountryContext.Create(document, gazetteer, countryAt, nameAt, personAt, named, dateline is not null && dateline == top && named.ContainsKey(dateline) ? dateline : null);
    }

    /// <summary>The token index of the dash of a Reuters-style dateline ("BONN, March 24 -") opening the first prose sentence, or 0.</summary>
    private static int DatelineEnd(Document document)
    {
        foreach (Sentence s in document.Sentences)
        {
            if (s.Kind == SentenceKind.Prose)
            {
                return Math.Max(Datelines.DashIndex(document, s), 0);
            }
        }

        return 0;
    }
}
