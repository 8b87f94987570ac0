namespace NewsNlp.Extraction.People;

/// <summary>One real person: the mentions that name them and what the text says about them.</summary>
internal sealed class PersonCluster
{
    /// <summary>Starts a cluster with its first mention.</summary>
    public PersonCluster(PersonMention first, string[] parts)
    {
        Mentions.Add(first);
        Best = first;
        Parts = parts;
    }

    /// <summary>The mentions in text order.</summary>
    public List<PersonMention> Mentions { get; } = [];

    /// <summary>The fullest mention, which gives the name.</summary>
    public PersonMention Best { get; set; }

    /// <summary>The words of the fullest name.</summary>
    public string[] Parts { get; set; }

    /// <summary>Title, country, age and occupation gathered from every mention.</summary>
    public PersonFacts Facts { get; } = new();

    /// <summary>True once a mention in ordinary prose has joined.</summary>
    public bool Trusted { get; set; }
}
