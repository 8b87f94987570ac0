namespace NewsNlp.Extraction.People;

/// <summary>What the words around one mention say about the person.</summary>
internal sealed class PersonFacts
{
    /// <summary>The role ("Foreign Minister"), or null.</summary>
    public string? Title { get; set; }

    /// <summary>The alpha-2 code of the person's country, or null.</summary>
    public string? Country { get; set; }

    /// <summary>The stated age, or null.</summary>
    public int? Age { get; set; }

    /// <summary>The occupation ("cook"), or null.</summary>
    public string? Occupation { get; set; }

    /// <summary>True when the person speaks for an organisation or holds a title of no country ("NATO Secretary-General").</summary>
    public bool Stateless { get; set; }

    /// <summary>A national body the person works for ("for the State Department"), or null.</summary>
    public Affiliation? Body { get; set; }

    /// <summary>The first token of the title read before the name, or -1; not merged.</summary>
    public int TitleStart { get; set; } = -1;

    /// <summary>True when the title is "counterpart": the role of the other party in the sentence.</summary>
    public bool IsCounterpart { get; set; }

    /// <summary>Forgets everything, so one instance can read mention after mention.</summary>
    public void Clear()
    {
        Title = null;
        Country = null;
        Age = null;
        Occupation = null;
        IsCounterpart = false;
        Stateless = false;
        Body = null;
        TitleStart = -1;
    }

    /// <summary>Fills what this one lacks from <paramref name="other"/>.</summary>
    public void MergeFrom(PersonFacts other)
    {
        if (Title is null || (IsCounterpart && !other.IsCounterpart && other.Title is not null))
        {
            Title = other.Title;
            IsCounterpart = other.IsCounterpart;
        }

        Country ??= other.Country;
        Stateless |= other.Stateless;
        Body ??= other.Body;
        Age ??= other.Age;
        Occupation ??= other.Occupation;
    }
}
