namespace NewsNlp.Extraction.People;

/// <summary>What an office or body says about a person's country.</summary>
/// <param name="Kind">An office, a national body, or a title held for no country.</param>
/// <param name="Countries">The alpha-2 codes it may stand for; the article must name exactly one of them, unless <paramref name="FirstByDefault"/> and it names none.</param>
/// <param name="FirstByDefault">
/// The name is, in English news, almost always the first country's institution ("Bundesbank",
/// "Federal Reserve", "Chancellor of the Exchequer"): it gives that country when the article names
/// none of the candidates, as wire copy about the Fed seldom says "United States".
/// </param>
internal sealed record Affiliation(AffiliationKind Kind, string[] Countries, bool FirstByDefault = false)
{
    /// <summary>
    /// The one candidate country that <paramref name="named"/> (the article's countries) holds,
    /// or null when several are named; when none is named, the first candidate if it is the
    /// default, else null.
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

        return found ?? (FirstByDefault && Countries.Length > 0 ? Countries[0] : null);
    }

    /// <summary>
    /// For an office the <see cref="Countries"/> do not have: the one country of
    /// <paramref name="named"/> (the article's countries) outside them, or null when there are
    /// several or none ("Prime Minister" in an article naming Britain and the United States is British).
    /// </summary>
    public string? PickHolder(IReadOnlySet<string> named)
    {
        string? found = null;
        foreach (string code in named)
        {
            if (Array.IndexOf(Countries, code) < 0)
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
