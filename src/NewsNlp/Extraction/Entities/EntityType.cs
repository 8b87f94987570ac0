namespace NewsNlp.Extraction.Entities;

/// <summary>The CoNLL-2003 entity types.</summary>
internal enum EntityType : byte
{
    /// <summary>Not an entity.</summary>
    None = 0,
    /// <summary>A person.</summary>
    Person = 1,
    /// <summary>A location: country, city, region.</summary>
    Location = 2,
    /// <summary>An organisation.</summary>
    Organization = 3,
    /// <summary>Anything else named: nationalities, events, works.</summary>
    Miscellaneous = 4,
}
