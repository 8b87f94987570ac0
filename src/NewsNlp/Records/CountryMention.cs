namespace NewsNlp;

/// <summary>One mention of a country.</summary>
/// <param name="Text">The characters at [<paramref name="Start"/>, <paramref name="End"/>).</param>
/// <param name="Start">Start offset in UTF-16 code units.</param>
/// <param name="End">Exclusive end offset.</param>
/// <param name="Form">How it was named: "name", "demonym", "capital", "alias" or "place".</param>
public sealed record CountryMention(string Text, int Start, int End, string Form);
