namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// What a place mention does in its sentence (<see cref="MentionRoles"/>), which decides whether it can say
/// where a count's harm happened (<see cref="CasualtyPlaces"/>).
/// </summary>
internal enum PlaceRole : byte
{
    /// <summary>After a where-word ("killed in Gaza", "on the outskirts of Lima"): where things happened.</summary>
    Locative,

    /// <summary>A place named otherwise ("an earthquake struck Peru", "a Kabul car bombing").</summary>
    Name,

    /// <summary>A demonym, an owner ("Iran's offensive") or a country name as a modifier ("U.S. troops"): who, not where.</summary>
    Nationality,

    /// <summary>A country that speaks ("Iran said", "U.S. officials said").</summary>
    Speaker,

    /// <summary>Where people or goods went or came from ("travelling to Tegucigalpa and Houston in the United States").</summary>
    Destination,

    /// <summary>The place of an act that is no harm ("talks in Madrid", "the Caracas meeting").</summary>
    Venue,

    /// <summary>A country's mission abroad ("the Peruvian embassy", "the Soviet ambassador"): it stands in another country.</summary>
    Mission,

    /// <summary>A country that leads or backs a force ("Saudi-led airstrikes", "U.S.-backed militias"): it acts through others, it says neither where nor who.</summary>
    Sponsor,

    /// <summary>A country that borders the place of harm ("the region bordering Cameroon"): it says where the harm was not.</summary>
    Neighbour,
}
