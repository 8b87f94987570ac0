namespace NewsNlp.Extraction.Entities;

/// <summary>What the gazetteers know about a word; several may hold at once.</summary>
[Flags]
internal enum GazetteerFlags : ushort
{
    /// <summary>Nothing known.</summary>
    None = 0,
    /// <summary>A given name ("Mohammad", "Jalil").</summary>
    GivenName = 1,
    /// <summary>A family name ("Khan", "Smith").</summary>
    Surname = 2,
    /// <summary>An honorific that is never part of a name ("Mr", "Maulana", "Haji").</summary>
    Honorific = 4,
    /// <summary>The head of a role ("Minister", "spokesman", "General").</summary>
    TitleHead = 8,
    /// <summary>A word inside a role ("Foreign", "Prime", "Deputy").</summary>
    TitleModifier = 16,
    /// <summary>A country name, demonym or capital ("Pakistan", "Iranian").</summary>
    Nationality = 32,
    /// <summary>A word that marks an organisation or news agency ("Ministry", "Reuters").</summary>
    Organization = 64,
    /// <summary>An occupation ("cook", "farmer").</summary>
    Occupation = 128,
    /// <summary>A month or weekday name.</summary>
    Calendar = 256,
}
