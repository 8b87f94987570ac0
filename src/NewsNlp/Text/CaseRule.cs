namespace NewsNlp.Text;

/// <summary>How strictly a gazetteer term's letter case must match the text.</summary>
internal enum CaseRule : byte
{
    /// <summary>The term starts with a lower-case letter ("al-Qaeda"): any case matches.</summary>
    AnyCase,
    /// <summary>The first letter must be upper case ("Turkey", "TURKEY"; never "turkey").</summary>
    Capitalized,
    /// <summary>An acronym ("US", "UAE", "LeT"): the characters must match exactly.</summary>
    Exact,
}
