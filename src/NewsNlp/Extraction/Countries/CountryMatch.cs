namespace NewsNlp.Extraction.Countries;

/// <summary>
/// A country named at a position in the text, as returned by
/// <see cref="CountryGazetteer.TryMatch(string, ReadOnlySpan{NewsNlp.Text.Token}, int, out CountryMatch)"/>.
/// </summary>
/// <param name="Code">ISO alpha-2 code ("PK").</param>
/// <param name="Form">Name, demonym, capital, alias or place.</param>
/// <param name="Start">Start offset of the matched characters in the text.</param>
/// <param name="End">Exclusive end offset.</param>
/// <param name="TokenCount">Tokens consumed (1 for a segment of a hyphenated word such as "Pakistan" in "Pakistan-Iran").</param>
/// <param name="Tentative">True when the match counts only if the article names the country elsewhere
/// (a place inside the country, a capital used as a place, "Georgia" without Caucasus context).</param>
internal readonly record struct CountryMatch(string Code, CountryForm Form, int Start, int End, int TokenCount, bool Tentative)
{
    /// <summary>The form as written in the output ("name", "demonym", "capital", "alias", "place").</summary>
    public string FormName => Form switch
    {
        CountryForm.Name => "name",
        CountryForm.Demonym => "demonym",
        CountryForm.Capital => "capital",
        CountryForm.Alias => "alias",
        _ => "place",
    };
}
