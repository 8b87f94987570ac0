using System.Collections.Frozen;
using NewsNlp.Lexicons;

namespace NewsNlp.Extraction.People;

/// <summary>
/// Offices and bodies that tie a person to a country when the words around the name do not say
/// which ("Foreign Secretary" is British or South Asian, "State Department spokesman" is American),
/// and titles that belong to no country ("Pope", "Secretary-General"). Loaded once, lazily, from
/// the embedded <c>Gazetteers/affiliations.tsv</c>; every lookup is a full case-insensitive
/// comparison by span. Thread-safe.
/// </summary>
internal sealed class AffiliationLexicon
{
    private static readonly Lazy<AffiliationLexicon> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, Affiliation>.AlternateLookup<ReadOnlySpan<char>> phrases;

    private AffiliationLexicon(FrozenDictionary<string, Affiliation> phrases, int longest)
    {
        this.phrases = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        LongestPhraseWords = longest;
    }

    /// <summary>The lexicon built from the embedded list.</summary>
    public static AffiliationLexicon Default => Instance.Value;

    /// <summary>The number of words in the longest phrase.</summary>
    public int LongestPhraseWords { get; }

    /// <summary>What <paramref name="phrase"/> says about a person's country, if it is listed.</summary>
    public bool TryGet(ReadOnlySpan<char> phrase, out Affiliation affiliation)
    {
        if (phrases.TryGetValue(phrase, out Affiliation? found))
        {
            affiliation = found;
            return true;
        }

        affiliation = null!;
        return false;
    }

    /// <summary>
    /// What the title says: the whole title, or its last words ("Junior Foreign Secretary" ends in
    /// "Foreign Secretary"), the longest listed ending first.
    /// </summary>
    public bool TryGetTitle(string title, out Affiliation affiliation)
    {
        ReadOnlySpan<char> rest = title.AsSpan().Trim();
        while (rest.Length > 0)
        {
            if (TryGet(rest, out affiliation) && affiliation.Kind is not AffiliationKind.Body)
            {
                return true;
            }

            int space = rest.IndexOf(' ');
            if (space < 0)
            {
                break;
            }

            rest = rest[(space + 1)..];
        }

        affiliation = null!;
        return false;
    }

    private static AffiliationLexicon Load()
    {
        var phrases = new Dictionary<string, Affiliation>(StringComparer.OrdinalIgnoreCase);
        int longest = 1;
        using var reader = new StreamReader(ResourceFile.Open("NewsNlp.Gazetteers/affiliations.tsv"));
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] columns = line.Split('\t');
            AffiliationKind kind = columns[0] switch
            {
                "title" => AffiliationKind.Title,
                "body" => AffiliationKind.Body,
                "absent" => AffiliationKind.Absent,
                _ => AffiliationKind.Stateless,
            };
            string[] countries = columns.Length > 2 ? columns[2].Split('|', StringSplitOptions.RemoveEmptyEntries) : [];
            bool firstByDefault = columns.Length > 3 && columns[3] == "default";
            phrases[columns[1]] = new Affiliation(kind, countries, firstByDefault);
            longest = Math.Max(longest, columns[1].Split(' ').Length);
        }

        return new AffiliationLexicon(phrases.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), longest);
    }
}
