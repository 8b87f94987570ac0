namespace NewsNlp.Extraction.Casualties;

/// <summary>The scope names of the record contract.</summary>
internal static class CasualtyScope
{
    /// <summary>One incident, or one offensive or short run of attacks.</summary>
    public const string Event = "event";

    /// <summary>A country's cumulative total over months or years.</summary>
    public const string National = "national";

    /// <summary>A worldwide total.</summary>
    public const string Global = "global";

    /// <summary>The total of a past war or period that is over.</summary>
    public const string Historical = "historical";
}
