namespace NewsNlp.Lexicons;

/// <summary>
/// A named class of words from one lexicon data file (<c>Resources/Lexicon/&lt;area&gt;/&lt;name&gt;.txt</c>
/// is the class "area/name"). Get one with <see cref="Lexicon.Class(string)"/> and keep it in a
/// static field; membership is then a bit test.
/// </summary>
internal sealed class WordClass
{
    internal WordClass(string name, int id, bool caseSensitive)
    {
        Name = name;
        Id = id;
        CaseSensitive = caseSensitive;
    }

    /// <summary>The class name, "area/name".</summary>
    public string Name { get; }

    /// <summary>The bit of this class in a <see cref="WordClassSet"/>.</summary>
    public int Id { get; }

    /// <summary>True when the file asked for exact letter case (<c>#! case: sensitive</c>).</summary>
    public bool CaseSensitive { get; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
