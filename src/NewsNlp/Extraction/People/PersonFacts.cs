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
        Age ??= other.Age;
        Occupation ??= other.Occupation;
    }
}
