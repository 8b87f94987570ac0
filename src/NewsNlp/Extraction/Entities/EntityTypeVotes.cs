namespace NewsNlp.Extraction.Entities;

/// <summary>
/// How often a word or name was tagged as each entity type in one article, saturating at 255 per type; the majority type
/// breaks ties in the fixed order person, location, organisation, miscellaneous, so the result never depends on hashing.
/// Read by the second pass's features (<see cref="FirstPassVotes"/>) and by <see cref="DocumentConsistency"/>.
/// </summary>
internal struct EntityTypeVotes
{
    private byte person;
    private byte location;
    private byte organization;
    private byte miscellaneous;

    /// <summary>The votes for <paramref name="type"/>; 0 for <see cref="EntityType.None"/>.</summary>
    public readonly int this[EntityType type] => type switch
    {
        EntityType.Person => person,
        EntityType.Location => location,
        EntityType.Organization => organization,
        EntityType.Miscellaneous => miscellaneous,
        _ => 0,
    };

    /// <summary>Adds one vote for <paramref name="type"/>.</summary>
    public void Add(EntityType type)
    {
        switch (type)
        {
            case EntityType.Person: person = (byte)Math.Min(person + 1, 255); break;
            case EntityType.Location: location = (byte)Math.Min(location + 1, 255); break;
            case EntityType.Organization: organization = (byte)Math.Min(organization + 1, 255); break;
            case EntityType.Miscellaneous: miscellaneous = (byte)Math.Min(miscellaneous + 1, 255); break;
        }
    }

    /// <summary>The type with the most votes (the earlier type on a tie), or <see cref="EntityType.None"/> without votes.</summary>
    public readonly EntityType Majority()
    {
        EntityType best = EntityType.None;
        int count = 0;
        foreach (EntityType type in (ReadOnlySpan<EntityType>)[EntityType.Person, EntityType.Location, EntityType.Organization, EntityType.Miscellaneous])
        {
            if (this[type] > count)
            {
                count = this[type];
                best = type;
            }
        }

        return best;
    }
}
