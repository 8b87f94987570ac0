using NewsNlp.Lexicons;

namespace NewsNlp.Tests.Lexicons;

public sealed class KeyFilterTests
{
    [Fact]
    public void MayContain_EveryKeyInAnyCase_IsLetThrough()
    {
        // Non-ASCII keys too: "ıran" equals "IRAN" case-insensitively through the dotless i.
        string[] keys = ["Iran", "U.S.", "al-Qaeda", "Zürich", "São Paulo", "ıran", "x", "Cox's Bazar", "ÉTAT"];
        KeyFilter filter = KeyFilter.Build(keys);
        foreach (string key in keys)
        {
            foreach (string form in new[] { key, key.ToUpperInvariant(), key.ToLowerInvariant() })
            {
                filter.MayContain(form).Should().BeTrue(form);
            }
        }

        filter.MayContain("IRAN").Should().BeTrue("the dotless key folds to it");
        filter.MayContain("").Should().BeTrue();
    }

    [Fact]
    public void MayContain_WordsOfNoKey_AreMostlyTurnedAway()
    {
        var random = new Random(612);
        string[] keys = [.. Enumerable.Range(0, 500).Select(_ => Word(random))];
        KeyFilter filter = KeyFilter.Build(keys);
        var known = new HashSet<string>(keys, StringComparer.OrdinalIgnoreCase);
        string[] others = [.. Enumerable.Range(0, 5000).Select(_ => Word(random)).Where(w => !known.Contains(w))];
        others.Count(w => filter.MayContain(w)).Should().BeLessThan(others.Length / 10);
    }

    [Fact]
    public void Lexicon_EveryWordOfEveryClass_IsFoundPastTheFilter()
    {
        Lexicon lexicon = Lexicon.Default;
        foreach (string name in lexicon.ClassNames)
        {
            WordClass wordClass = lexicon.Class(name);
            foreach (string word in lexicon.Entries(wordClass).Where(static e => !e.Contains(' ', StringComparison.Ordinal)).SelectMany(static e => e.Split('|')))
            {
                lexicon.ClassesOf(word).Has(wordClass).Should().BeTrue($"{word} of {name}");
            }
        }
    }

    private static string Word(Random random)
    {
        var chars = new char[random.Next(2, 12)];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)(i == 0 ? 'A' + random.Next(26) : 'a' + random.Next(26));
        }

        return new string(chars);
    }
}
