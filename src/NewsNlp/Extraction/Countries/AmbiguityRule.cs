namespace NewsNlp.Extraction.Countries;

/// <summary>The context check a gazetteer phrase needs because it has another common reading.</summary>
internal enum AmbiguityRule : byte
{
    /// <summary>Unambiguous.</summary>
    None,
    /// <summary>Also a first name or surname ("Chad Smith", "Michael Jordan", "Washington said" of a person).</summary>
    PersonName,
    /// <summary>Also the bird ("Thanksgiving turkey", "Turkey sandwiches").</summary>
    Food,
    /// <summary>Also somewhere else; counts only when the article gives evidence ("Georgia" the US state, "Jersey").</summary>
    NeedsEvidence,
    /// <summary>A capital: stands for the government only as an actor ("Tehran said"), else it is a place.</summary>
    Capital,
    /// <summary>A short acronym that is also an English word in ALL-CAPS text ("US", "IS").</summary>
    ShoutedWord,
}
