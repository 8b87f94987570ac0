using System.Collections.Frozen;

namespace NewsNlp.Lexicons;

/// <summary>
/// Every word class of the library, loaded once from the data files under
/// <c>Resources/Lexicon/</c> (see <c>Resources/Lexicon/README.md</c> for the file format). Single
/// words are found with one frozen lookup that yields all their classes at once; a class's phrases
/// are matched on tokens by the text layer's one phrase matcher (<c>Text/LexiconPhrases</c>), so this
/// folder needs nothing from the text layer. Thread-safe.
/// </summary>
internal sealed class Lexicon
{
    private const string Folder = "Lexicon/";
    private const string CaseDirective = "#! case: sensitive";

    private static readonly Lazy<Lexicon> Loaded = new(LoadEmbedded);

    private readonly FrozenDictionary<string, WordClass> classes;
    private readonly FrozenDictionary<string, WordClassSet>.AlternateLookup<ReadOnlySpan<char>> anyCaseWords;
    private readonly FrozenDictionary<string, WordClassSet>.AlternateLookup<ReadOnlySpan<char>> exactCaseWords;

    // The first characters of the case-sensitive words (few, mostly capitalised names): a word that
    // starts with any other character skips that table's lookup and its hashing.
    private readonly bool[] exactCaseStarts = new bool[char.MaxValue + 1];
    private readonly string[][] phrases;
    private readonly string[][] entries;

    // Most words of a text are in no class: the filter answers for them without a lookup.
    private readonly KeyFilter wordFilter;

    // One small frozen set per class: a membership test is one lookup in a set of that class's size,
    // as fast as the hand-made sets the lexicon replaced (the combined tables serve ClassesOf).
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>[] classWords;

    private Lexicon(IReadOnlyList<(string Name, IReadOnlyList<string> Lines)> files)
    {
        if (files.Count > WordClassSet.Capacity)
        {
            throw new InvalidOperationException($"The lexicon holds {files.Count} classes; at most {WordClassSet.Capacity} fit a WordClassSet.");
        }

        var byName = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        var anyCase = new Dictionary<string, WordClassSet>(StringComparer.OrdinalIgnoreCase);
        var exactCase = new Dictionary<string, WordClassSet>(StringComparer.Ordinal);
        phrases = new string[files.Count][];
        entries = new string[files.Count][];
        classWords = new FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>[files.Count];
        for (int id = 0; id < files.Count; id++)
        {
            (string name, IReadOnlyList<string> lines) = files[id];
            bool caseSensitive = lines.Any(l => l.Equals(CaseDirective, StringComparison.Ordinal));
            var wordClass = new WordClass(name, id, caseSensitive);
            byName.Add(name, wordClass);
            var forms = new List<string>();
            var phraseTerms = new List<string>();
            foreach (string line in lines)
            {
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                foreach (string form in caseSensitive ? line.Split('|') : Inflection.Forms(line))
                {
                    forms.Add(form);
                    if (form.Contains(' ', StringComparison.Ordinal))
                    {
                        phraseTerms.Add(form);
                        continue;
                    }

                    Dictionary<string, WordClassSet> words = caseSensitive ? exactCase : anyCase;
                    words[form] = words.GetValueOrDefault(form).With(id);
                }
            }

            entries[id] = [.. forms];
            classWords[id] = forms.Where(static f => !f.Contains(' ', StringComparison.Ordinal))
                .ToFrozenSet(caseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
            phrases[id] = [.. phraseTerms];
        }

        classes = byName.ToFrozenDictionary(StringComparer.Ordinal);
        anyCaseWords = anyCase.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        wordFilter = KeyFilter.Build([.. anyCase.Keys, .. exactCase.Keys]);
        exactCaseWords = exactCase.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (string word in exactCase.Keys.Where(static w => w.Length > 0))
        {
            exactCaseStarts[word[0]] = true;
        }
    }

    /// <summary>The library's lexicon, loaded from the embedded data files on first use.</summary>
    public static Lexicon Default => Loaded.Value;

    /// <summary>The names of every class, in ordinal order.</summary>
    public IEnumerable<string> ClassNames => classes.Keys.Order(StringComparer.Ordinal);

    /// <summary>Builds a lexicon from (class name, file lines) pairs; for tests and tools.</summary>
    public static Lexicon FromLines(IReadOnlyList<(string Name, IReadOnlyList<string> Lines)> files) => new(files);

    /// <summary>The class named "area/name".</summary>
    /// <exception cref="KeyNotFoundException">No data file defines it (a build error).</exception>
    public WordClass Class(string name) =>
        classes.TryGetValue(name, out WordClass? wordClass)
            ? wordClass
            : throw new KeyNotFoundException($"No lexicon file defines the word class '{name}' (Resources/Lexicon/{name}.txt).");

    /// <summary>Every class of the single word <paramref name="word"/>; no allocation.</summary>
    public WordClassSet ClassesOf(ReadOnlySpan<char> word)
    {
        if (!wordFilter.MayContain(word))
        {
            return default;
        }

        WordClassSet set = anyCaseWords.TryGetValue(word, out WordClassSet found) ? found : default;
        return word.Length > 0 && exactCaseStarts[word[0]] && exactCaseWords.TryGetValue(word, out WordClassSet exact) ? set.Union(exact) : set;
    }

    /// <summary>True when the single word <paramref name="word"/> is in <paramref name="wordClass"/>.</summary>
    public bool Contains(WordClass wordClass, ReadOnlySpan<char> word) => classWords[wordClass.Id].Contains(word);

    /// <summary>The multi-word entries of <paramref name="wordClass"/>, inflections expanded, in file order.</summary>
    public IReadOnlyList<string> Phrases(WordClass wordClass) => phrases[wordClass.Id];

    /// <summary>The number of classes.</summary>
    public int ClassCount => entries.Length;

    /// <summary>Every word form and phrase of <paramref name="wordClass"/>, inflections expanded, in file order.</summary>
    public IReadOnlyList<string> Entries(WordClass wordClass) => entries[wordClass.Id];

    private static Lexicon LoadEmbedded()
    {
        var files = new List<(string, IReadOnlyList<string>)>();
        foreach (string resource in ResourceFile.Under(Folder))
        {
            string name = resource[("NewsNlp." + Folder).Length..];
            if (!name.EndsWith(".txt", StringComparison.Ordinal))
            {
                continue;
            }

            files.Add((name[..^".txt".Length], ReadRawLines(resource)));
        }

        return new Lexicon(files);
    }

    // The directive line starts with '#', so the comment-skipping reader would drop it.
    private static List<string> ReadRawLines(string resource)
    {
        using var reader = new StreamReader(ResourceFile.Open(resource));
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length != 0 && (line[0] != '#' || line.Equals(CaseDirective, StringComparison.Ordinal)))
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
