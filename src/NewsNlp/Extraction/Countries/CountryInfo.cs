namespace NewsNlp.Extraction.Countries;

/// <summary>One country or territory of the gazetteer.</summary>
/// <param name="Code">ISO 3166-1 alpha-2 code ("PK"); historical states use their ISO 3166-3 codes ("SU").</param>
/// <param name="Alpha3">ISO 3166-1 alpha-3 code ("PAK").</param>
/// <param name="Name">English short name ("Pakistan").</param>
internal sealed record CountryInfo(string Code, string Alpha3, string Name);
