namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// The steps of the place policy of <see cref="CasualtyPlaces"/>, in the order they are tried: the first that
/// decides gives a count's country (or decides there is none). Where-words and places tied to the harm come
/// first, then the place of its event as the article tells it, then the article's dateline and main country; a
/// nationality says who the victims are and places a count only when nothing else is known; a destination, an
/// origin or the venue of another act (<see cref="PlaceRole"/>) never places one.
/// </summary>
internal enum PlaceStep : byte
{
    /// <summary>"killed on the Saudi-Yemeni border": a border of two states is neither's, unless the victims are one side's own troops.</summary>
    Border,

    /// <summary>"Taiwan, where it caused two deaths": the place a "where" clause refers back to.</summary>
    WhereClause,

    /// <summary>"killing 23 people in five countries", "damage in the Caribbean": a toll spread over several countries, or a region of them, has no country.</summary>
    Spread,

    /// <summary>"the exodus of 1.4 million refugees from Sudan": people driven out are placed in the country they left.</summary>
    FledFrom,

    /// <summary>"killed in Gaza", "off the coast of Malaysia": a where-word's place in the count's sentence, the nearest.</summary>
    HarmLocative,

    /// <summary>"a freighter sank in the Black Sea": harm on open water has no country.</summary>
    AtSea,

    /// <summary>"an earthquake struck Peru, killing 120": another place the sentence names (the dateline's country if the sentence names it too).</summary>
    SentencePlace,

    /// <summary>A past or worldwide total is placed only by its own sentence: the article says where the news is, not where a 1945 shipwreck was.</summary>
    PastTotal,

    /// <summary>"FMLN guerrillas attacked ...": the home of an armed group the sentence names.</summary>
    ArmedGroup,

    /// <summary>"KINSHASA, Congo (AP) -": where the story happened, unless it only says where it was filed.</summary>
    Dateline,

    /// <summary>"the Mexican narcotics police have arrested 10,000": a government, president or police the sentence names acts in its own country.</summary>
    StateOrgan,

    /// <summary>"two U.S. citizens, victims of the Salvadoran war": a war the sentence names places foreign civilians' deaths.</summary>
    Theatre,

    /// <summary>Where one of the last three sentences says things happened ("rebels attacked a post in Chalatenango"), else a city or region one of them names.</summary>
    RecentPlace,

    /// <summary>The headline's place: its where-word's place ("Two U.S. Soldiers Killed in Iraq Bombings"), else a place it names.</summary>
    Headline,

    /// <summary>The nearest earlier sentence's where-word place, however far back ("a plane crashed in Guatemala City").</summary>
    EarlierPlace,

    /// <summary>"300 Panamanian soldiers": armed victims' own country, where a state's soldiers and police mostly fall, once the article has said nothing of where.</summary>
    ArmedVictims,

    /// <summary>The home of the armed group the article names most before the count ("FMLN" before a colonel's tally).</summary>
    ArticleArmedGroup,

    /// <summary>
    /// The country the article names most as a place or a people (not as a destination, a speaker or a venue); the only
    /// step where a nationality counts, so "an enemy tank killed three Egyptian soldiers" alone is EG.
    /// </summary>
    MainCountry,

    /// <summary>Nothing says where: a destination, an origin or a venue alone places nothing.</summary>
    Unknown,
}
