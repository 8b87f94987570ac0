namespace NewsNlp.Extraction.Countries;

/// <summary>How a mention names its country; the output form is the lower-case name.</summary>
internal enum CountryForm : byte
{
    /// <summary>The short name ("Pakistan").</summary>
    Name,
    /// <summary>A demonym or adjective ("Pakistani", "Iranians", "Dutch").</summary>
    Demonym,
    /// <summary>A capital or seat of government standing for the government ("Tehran said", "the Kremlin").</summary>
    Capital,
    /// <summary>Another name: abbreviation, official, historical or colloquial ("the U.S.", "Britain", "Burma").</summary>
    Alias,
    /// <summary>A city or region inside the country ("Balochistan", "Davos"); counts only when the article names the country.</summary>
    Place,
    /// <summary>A longer name that is not the country ("South China Sea", "New Mexico"): a stop, never output.</summary>
    Blocked,
}
