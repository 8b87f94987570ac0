using System.Collections.Frozen;
using NewsNlp.Lexicons;

namespace NewsNlp.Extraction.Entities;

/// <summary>
/// The word lists behind the tagger's gazetteer features and the person rules: given names,
/// surnames, honorifics, title words, occupations, organisation words and nationalities. Loaded
/// once from embedded resources; every lookup is a full case-insensitive comparison by span.
/// Thread-safe.
/// </summary>
internal sealed class EntityGazetteer
{
    private static readonly Lazy<EntityGazetteer> Instance = new(Load);

    private readonly FrozenDictionary<string, GazetteerFlags>.AlternateLookup<ReadOnlySpan<char>> flags;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> countries;

    // Most words are in no list: the filter answers for them without a lookup.
    private readonly KeyFilter flagFilter;

    private EntityGazetteer(FrozenDictionary<string, GazetteerFlags> flags, FrozenDictionary<string, string> countries)
    {
        this.flags = flags.GetAlternateLookup<ReadOnlySpan<char>>();
        flagFilter = KeyFilter.Build(flags.Keys);
        this.countries = countries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The gazetteer built from the embedded lists.</summary>
    public static EntityGazetteer Default => Instance.Value;

    /// <summary>What is known about <paramref name="word"/>; a trailing full stop is ignored.</summary>
    public GazetteerFlags Lookup(ReadOnlySpan<char> word)
    {
        if (flagFilter.MayContain(word) && flags.TryGetValue(word, out GazetteerFlags found))
        {
            return found;
        }

        return word.Length > 1 && word[^1] == '.' && flagFilter.MayContain(word[..^1]) && flags.TryGetValue(word[..^1], out found) ? found : GazetteerFlags.None;
    }

    /// <summary>The alpha-2 code of the country named by <paramref name="word"/> ("Iranian" → IR).</summary>
    public bool TryGetCountry(ReadOnlySpan<char> word, out string code)
    {
        if (countries.TryGetValue(word, out string? found))
        {
            code = found;
            return true;
        }

        code = "";
        return false;
    }

    private static EntityGazetteer Load()
    {
        var flags = new Dictionary<string, GazetteerFlags>(StringComparer.OrdinalIgnoreCase);
        var countries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        void Add(string word, GazetteerFlags flag) => flags[word] = flags.GetValueOrDefault(word) | flag;

        // The given names live in the lexicon (people/given-names): the country layer, earlier than this one, reads them too.
        foreach (string name in Lexicon.Default.Entries(Lexicon.Default.Class("people/given-names")))
        {
            Add(name, GazetteerFlags.GivenName);
        }

        foreach (string line in ReadLines("surnames.txt"))
        {
            Add(line, GazetteerFlags.Surname);
        }

        foreach (string line in ReadLines("occupations.txt"))
        {
            Add(line, GazetteerFlags.Occupation);
        }

        foreach (string line in ReadLines("organization-words.txt"))
        {
            Add(line, GazetteerFlags.Organization);
        }

        foreach (string line in ReadLines("titles.tsv"))
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            string kind = line[..tab];
            string word = line[(tab + 1)..];
            Add(word, kind switch
            {
                "honorific" => GazetteerFlags.Honorific,
                "head" => GazetteerFlags.TitleHead,
                _ => GazetteerFlags.TitleModifier,
            });
        }

        foreach (string line in ReadLines("nationalities.tsv"))
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            string code = line[..tab];
            foreach (string form in line[(tab + 1)..].Split('|'))
            {
                countries[form] = code;
                if (!form.Contains(' ', StringComparison.Ordinal))
                {
                    Add(form, GazetteerFlags.Nationality);
                }
            }
        }

        foreach (string word in Lexicon.Default.Entries(CalendarWords))
        {
            Add(word, GazetteerFlags.Calendar);
        }

        return new EntityGazetteer(
            flags.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            countries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Month and weekday names: capitalised, but never names.</summary>
    private static readonly WordClass CalendarWords = Lexicon.Default.Class("entities/calendar-words");

    // Gazetteer lines are trimmed on both sides (the shared reader trims only the end).
    private static IEnumerable<string> ReadLines(string file) => ResourceFile.ReadLines("NewsNlp.Gazetteers/" + file).Select(static l => l.Trim());
}
