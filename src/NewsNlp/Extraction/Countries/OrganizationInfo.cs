namespace NewsNlp.Extraction.Countries;

/// <summary>One organisation of the gazetteer.</summary>
/// <param name="Name">Short name used as an event actor ("UN", "Hamas").</param>
/// <param name="FullName">Full name ("United Nations").</param>
/// <param name="Kind">"international", "armed_group", or "source" for news agencies (never actors, never reported).</param>
internal sealed record OrganizationInfo(string Name, string FullName, string Kind)
{
    /// <summary>True for news agencies: they report events, they do not act in them.</summary>
    public bool IsSource => Kind == "source";
}
