namespace NewsNlp.Events;

/// <summary>How an event participant is named in the text.</summary>
internal enum ActorForm : byte
{
    /// <summary>A country's name ("Pakistan").</summary>
    Name,
    /// <summary>A demonym or adjective ("Iranian").</summary>
    Demonym,
    /// <summary>A capital standing for its government ("Tehran").</summary>
    Capital,
    /// <summary>Another name of a country ("Britain").</summary>
    Alias,
    /// <summary>A place inside a country.</summary>
    Place,
    /// <summary>An international body or armed group ("UN", "Houthis").</summary>
    Organization,
    /// <summary>A person who acts for a country ("Jilani").</summary>
    Person,
    /// <summary>A phrase naming the article's two main parties ("the two countries", "both sides").</summary>
    Pair,
}
