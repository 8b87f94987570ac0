namespace NewsNlp.Extraction.Countries;

/// <summary>One country mention found in a document, before grouping into records.</summary>
/// <param name="Match">The gazetteer match.</param>
/// <param name="Sentence">Index of the sentence holding it.</param>
/// <param name="Boilerplate">True inside a boilerplate sentence ("Also read:", a repeated headline).</param>
/// <param name="Actor">True when the mention reads as its sentence's actor.</param>
internal readonly record struct CountryHit(CountryMatch Match, int Sentence, bool Boilerplate, bool Actor);
