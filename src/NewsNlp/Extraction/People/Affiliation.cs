namespace NewsNlp.Extraction.People;

/// <summary>What an office or body says about a person's country.</summary>
/// <param name="Kind">An office, a national body, or a title held for no country.</param>
/// <param name="Countries">The alpha-2 codes it may stand for; the article must name exactly one of them.</param>
internal sealed record Affiliation(AffiliationKind Kind, string[] Countries)
{
    /// <summary>
    /// The one candidate country that <paramref name="named"/> (the article's countries) holds,
    /// or null when none or several are named.
    /// </summary>
    public string? Pick(IReadOnlySet<string> named)
    {
        string? found = null;
        foreach (string code in Countries)
        {
            if (named.Contains(code))
            {
                if (found is not null)
                {
                    return null;
                }

                found = code;
            }
        }

        return found;
    }
}
