namespace NewsNlp.Extraction.Casualties;

/// <summary>Where a casualty word sits relative to its count.</summary>
[Flags]
internal enum TriggerRole : byte
{
    /// <summary>Not a casualty word.</summary>
    None = 0,
    /// <summary>After the count: "eleven people were killed", "20 dead", "two missing", "35 bodies".</summary>
    AfterCount = 1,
    /// <summary>Before the count, as an active verb: "killing at least 20", "injured twelve more".</summary>
    BeforeCount = 2,
    /// <summary>A verb whose count closes with a word: "left 30 dead", "claimed 12 lives".</summary>
    Framing = 4,
    /// <summary>A noun that can head a list: "the dead included", "deaths are".</summary>
    Noun = 8,
}
