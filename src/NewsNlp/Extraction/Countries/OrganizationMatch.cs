namespace NewsNlp.Extraction.Countries;

/// <summary>An organisation named at a position in the text.</summary>
/// <param name="Organization">The organisation.</param>
/// <param name="Start">Start offset of the matched characters.</param>
/// <param name="End">Exclusive end offset.</param>
/// <param name="TokenCount">Tokens consumed.</param>
internal readonly record struct OrganizationMatch(OrganizationInfo Organization, int Start, int End, int TokenCount);
