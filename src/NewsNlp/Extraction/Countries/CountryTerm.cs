namespace NewsNlp.Extraction.Countries;

/// <summary>What a gazetteer phrase means: a country code (null when blocked) and the form.</summary>
/// <param name="Code">Alpha-2 code, or null for a blocking phrase.</param>
/// <param name="Form">How the phrase names the country.</param>
/// <param name="Rule">The context rule the phrase needs before it counts.</param>
internal readonly record struct CountryTerm(string? Code, CountryForm Form, AmbiguityRule Rule);
