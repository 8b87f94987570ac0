using System.Buffers;
using NewsNlp.Extraction.Countries;
using NewsNlp.Extraction.Entities;
using NewsNlp.Text;

namespace NewsNlp.Extraction.People;

/// <summary>
/// Completes each person's mentions after clustering: every other standalone occurrence of a
/// known person's surname or one-word alias ("Thatcher left Bonn", "Thatcher's talks"), as a
/// capitalised word outside any other person, country or organisation mention, becomes a mention
/// of that person, widened to the full name when the given names stand before it. One frozen
/// lookup from surname span to person, one pass over the tokens.
/// </summary>
internal static class PersonMentionExpander
{
    private const GazetteerFlags NotSurname = GazetteerFlags.Honorific | GazetteerFlags.TitleHead | GazetteerFlags.TitleModifier
        | GazetteerFlags.Nationality | GazetteerFlags.Calendar | GazetteerFlags.Organization | GazetteerFlags.Occupation;

    private const GazetteerFlags TitleOrHonorific = GazetteerFlags.Honorific | GazetteerFlags.TitleHead | GazetteerFlags.TitleModifier;

    /// <summary>Adds the missing mentions to <paramref name="clusters"/>, keeping each cluster's mentions in text order; returns what it added.</summary>
    public static List<(PersonCluster Cluster, PersonMention Mention)> Expand(Document document, List<PersonCluster> clusters, CountryLayer? countries, EntityGazetteer gazetteer)
    {
        var result = new List<(PersonCluster, PersonMention)>();
        Dictionary<string, int> byName = Keys(document, clusters, gazetteer);
        if (byName.Count == 0)
        {
            return result;
        }

        bool[] covered = Covered(document, clusters, countries);
        try
        {
            AddMissing(document, clusters, gazetteer, byName, covered, result);
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(covered);
        }

        return result;
    }

    private static void AddMissing(Document document, List<PersonCluster> clusters, EntityGazetteer gazetteer, Dictionary<string, int> byName, bool[] covered, List<(PersonCluster, PersonMention)> result)
    {
        Token[] tokens = document.Tokens;
        var lookup = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        var added = new bool[clusters.Count];
        int sentence = 0;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (covered[t] || tokens[t].Kind != TokenKind.Word)
            {
                continue;
            }

            ReadOnlySpan<char> word = document.Span(tokens[t]);
            if (!char.IsUpper(word[0]) && !word.StartsWith("al-", StringComparison.Ordinal) || !lookup.TryGetValue(word, out int c) || c < 0)
            {
                continue;
            }

            while (sentence + 1 < document.Sentences.Length && document.Sentences[sentence + 1].FirstToken <= t)
            {
                sentence++;
            }

            Sentence s = document.Sentences[sentence];
            if (s.IsBoilerplate || (t + 1 < s.EndToken && IsNameWord(document, t + 1, gazetteer)))
            {
                continue; // "Thatcher Foundation": part of a longer name.
            }

            string[] parts = clusters[c].Parts;
            int start = t;
            for (int p = parts.Length - 2; p >= 0 && start - 1 >= s.FirstToken && !covered[start - 1]
                && document.Span(tokens[start - 1]).Equals(parts[p], StringComparison.OrdinalIgnoreCase); p--)
            {
                start--;
            }

            if (start - 1 >= s.FirstToken && IsNameWord(document, start - 1, gazetteer) && !IsSentenceOpening(document, start - 1, s))
            {
                continue; // "Hunter Biden" is not "Joe Biden".
            }

            if (start - 1 >= s.FirstToken && document.Span(tokens[start - 1]) is "in" or "at" or "near" or "into" or "outside")
            {
                continue; // "a camp at Ain Issa": a place the tagger took for a name.
            }

            var mention = new PersonMention(start, t + 1, sentence, Trusted: true);
            clusters[c].Mentions.Add(mention);
            result.Add((clusters[c], mention));
            added[c] = true;
        }

        for (int c = 0; c < clusters.Count; c++)
        {
            if (added[c])
            {
                clusters[c].Mentions.Sort((a, b) => a.StartToken.CompareTo(b.StartToken));
            }
        }
    }

    /// <summary>Surnames and one-word aliases of people whose name has two words or whose title or age is known; -1 when two people share one.</summary>
    private static Dictionary<string, int> Keys(Document document, List<PersonCluster> clusters, EntityGazetteer gazetteer)
    {
        var keys = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        void Add(string key, int cluster)
        {
            if (key.Length < 3 || (gazetteer.Lookup(key) & NotSurname) != 0)
            {
                return;
            }

            keys[key] = keys.TryGetValue(key, out int existing) && existing != cluster ? -1 : cluster;
        }

        for (int c = 0; c < clusters.Count; c++)
        {
            PersonCluster cluster = clusters[c];
            if (cluster.Parts.Length < 2 && cluster.Facts.Title is null && cluster.Facts.Age is null)
            {
                continue;
            }

            Add(cluster.Parts[^1], c);
            foreach (PersonMention mention in cluster.Mentions)
            {
                if (mention.Length == 1)
                {
                    Add(document.Substring(document.Tokens[mention.StartToken].Start, document.Tokens[mention.StartToken].End), c);
                }
            }
        }

        // A surname that is also someone's given name ("Khan" and "Khan Ahmed") names neither for sure.
        for (int c = 0; c < clusters.Count; c++)
        {
            string[] parts = clusters[c].Parts;
            for (int p = 0; p + 1 < parts.Length; p++)
            {
                if (keys.TryGetValue(parts[p], out int owner) && owner != c)
                {
                    keys[parts[p]] = -1;
                }
            }
        }

        // Used for a few lookups per document: freezing it would cost more than it saves.
        return keys;
    }

    // The array is rented from the shared pool: the caller returns it.
    private static bool[] Covered(Document document, List<PersonCluster> clusters, CountryLayer? countries)
    {
        Token[] tokens = document.Tokens;
        bool[] covered = ArrayPool<bool>.Shared.Rent(tokens.Length);
        Array.Clear(covered, 0, tokens.Length);
        foreach (PersonCluster cluster in clusters)
        {
            foreach (PersonMention m in cluster.Mentions)
            {
                Array.Fill(covered, true, m.StartToken, m.Length);
            }
        }

        if (countries is null)
        {
            return covered;
        }

        foreach (CountryEntity country in countries.Countries)
        {
            foreach (CountryMentionSpan m in country.Mentions)
            {
                Cover(tokens, covered, m.Start, m.End);
            }
        }

        foreach (OrganizationEntity org in countries.Organizations)
        {
            foreach (CharSpan m in org.Mentions)
            {
                Cover(tokens, covered, m.Start, m.End);
            }
        }

        return covered;
    }

    private static void Cover(Token[] tokens, bool[] covered, int start, int end)
    {
        for (int t = TokenIndex.At(tokens, start); t >= 0 && t < tokens.Length && tokens[t].Start < end; t++)
        {
            covered[t] = true;
        }
    }

    /// <summary>A capitalised word that is not a title or honorific: part of some name.</summary>
    private static bool IsNameWord(Document document, int t, EntityGazetteer gazetteer)
    {
        Token token = document.Tokens[t];
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> word = document.Span(token);
        return char.IsUpper(word[0]) && (gazetteer.Lookup(word) & TitleOrHonorific) == 0;
    }

    /// <summary>True when token <paramref name="t"/> opens its sentence, after quotes or brackets only.</summary>
    private static bool IsSentenceOpening(Document document, int t, Sentence sentence)
    {
        for (int k = sentence.FirstToken; k < t; k++)
        {
            if (document.Tokens[k].Kind is not (TokenKind.Quote or TokenKind.Bracket))
            {
                return false;
            }
        }

        return true;
    }
}
