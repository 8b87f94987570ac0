using System.Collections.Immutable;
using NewsNlp.Extraction.Countries;
using NewsNlp.Extraction.Entities;
using NewsNlp.Text;
using System.Runtime.InteropServices;

namespace NewsNlp.Extraction.People;

/// <summary>
/// Finds people and builds one record per real person: names from the entity tagger and
/// honorific rules, clustered so that short forms join the full name, with title, country, age
/// and occupation read from the words around each mention. Thread-safe.
/// </summary>
internal sealed class PersonExtractor : IStage
{
    private readonly EntityTagger tagger;
    private readonly EntityGazetteer gazetteer;

    /// <summary>Creates an extractor over the default tagger.</summary>
    public PersonExtractor()
        : this(EntityTagger.Default, EntityGazetteer.Default)
    {
    }

    /// <summary>Creates an extractor over <paramref name="tagger"/>.</summary>
    public PersonExtractor(EntityTagger tagger, EntityGazetteer gazetteer)
    {
        this.tagger = tagger;
        this.gazetteer = gazetteer;
    }

    /// <summary>Adds the <see cref="PersonLayer"/>; reads the <see cref="CountryLayer"/>.</summary>
    public void Run(Document document) => document.Set(new PersonLayer(Extract(document, document.Get<CountryLayer>())));

    /// <summary>Extracts the people of <paramref name="document"/>.</summary>
    public ImmutableArray<PersonEntity> Extract(Document document, CountryLayer countries)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(countries);
        EntitySpan[] entities = tagger.Tag(document);
        return Extract(document, entities, countries);
    }

    /// <summary>Builds the people of already tagged <paramref name="entities"/>.</summary>
    public ImmutableArray<PersonEntity> Extract(Document document, ReadOnlySpan<EntitySpan> entities, CountryLayer? countries = null)
    {
        List<PersonMention> mentions = NameFinder.Find(document, entities, gazetteer);
        if (mentions.Count == 0)
        {
            return [];
        }

        var parts = new List<string[]>(mentions.Count);
        foreach (PersonMention mention in mentions)
        {
            parts.Add(Words(document, mention));
        }

        List<PersonCluster> clusters = PersonClusterer.Cluster(mentions, parts);
        // The mention whose title was read, else the first: where the title's own phrase is.
        var anchors = new Dictionary<PersonCluster, (PersonMention Mention, int From)>(clusters.Count);
        var read = new PersonFacts();   // one scratch for every mention: MergeFrom copies values, keeps no reference
        foreach (PersonCluster cluster in clusters)
        {
            foreach (PersonMention mention in cluster.Mentions)
            {
                read.Clear();
                PersonAttributes.Read(document, mention, gazetteer, read);
                if (read.TitleStart >= 0 && (!anchors.TryGetValue(cluster, out var anchor) || anchor.From == anchor.Mention.StartToken))
                {
                    anchors[cluster] = (mention, read.TitleStart);
                }
                else
                {
                    anchors.TryAdd(cluster, (mention, mention.StartToken));
                }

                cluster.Facts.MergeFrom(read);
            }
        }

        clusters.RemoveAll(c => c.Facts.Title is null && c.Facts.Age is null && (LooksLikePlace(document, c) || LonelyOpeningWord(document, c) || LoneWordInCapitals(document, c)));
        var vetoes = new PersonVetoes(document, entities, countries, gazetteer);
        clusters.RemoveAll(vetoes.Rejects);
        foreach ((PersonCluster cluster, PersonMention mention) in PersonMentionExpander.Expand(document, clusters, countries, gazetteer))
        {
            // "Cengiz is a Turkish national": the words around a recovered mention count too.
            read.Clear();
            PersonAttributes.Read(document, mention, gazetteer, read);
            anchors.TryAdd(cluster, (mention, read.TitleStart >= 0 ? read.TitleStart : mention.StartToken));
            cluster.Facts.MergeFrom(read);
        }
        using (CountryContext context = CountryContextBuilder.Build(document, gazetteer, countries, clusters))
        {
            for (int i = 0; i < clusters.Count; i++)
            {
                PersonCountryResolver.ResolveCountry(clusters[i], i, anchors[clusters[i]], context);
            }
        }

        ResolveCounterparts(clusters);
        // Arrays of the exact size wrapped without a copy: no builder object per record list.
        PersonEntity[] records = clusters.Count == 0 ? [] : new PersonEntity[clusters.Count];
        for (int i = 0; i < records.Length; i++)
        {
            records[i] = ToEntity(document, clusters[i]);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(records);
    }

    private static void ResolveCounterparts(List<PersonCluster> clusters)
    {
        foreach (PersonCluster cluster in clusters)
        {
            if (!cluster.Facts.IsCounterpart)
            {
                continue;
            }

            foreach (PersonCluster other in clusters)
            {
                if (other != cluster && !other.Facts.IsCounterpart && other.Facts.Title is not null && ShareSentence(cluster, other))
                {
                    cluster.Facts.Title = other.Facts.Title;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// A name the tagger took for a person but that only ever follows "in", "near", "at" or
    /// "from" and holds no known given name is a place ("in Tell Tamer").
    /// </summary>
    private bool LooksLikePlace(Document document, PersonCluster cluster)
    {
        foreach (PersonMention mention in cluster.Mentions)
        {
            for (int t = mention.StartToken; t < mention.EndToken; t++)
            {
                if ((gazetteer.Lookup(document.Span(document.Tokens[t])) & GazetteerFlags.GivenName) != 0)
                {
                    return false;
                }
            }

            int before = mention.StartToken - 1;
            if (before < 0 || !IsPlacePreposition(document, document.Span(document.Tokens[before])))
            {
                return false;
            }
        }

        return true;
    }

    // A bulletin in capitals writes "IN SANTA ANA": there the preposition is read whatever its case.
    private static bool IsPlacePreposition(Document document, ReadOnlySpan<char> word)
    {
        if (word is "in" or "near" or "at" or "from" or "into" or "outside" or "across" or "to" or "towards")
        {
            return true;
        }

        return document.IsWrittenInCapitals && word is "IN" or "NEAR" or "AT" or "FROM" or "INTO" or "OUTSIDE" or "ACROSS" or "TO" or "TOWARDS";
    }

    /// <summary>
    /// In a document written in capitals, a name only ever written as one word, with no title, is as often a
    /// common word or a place ("DEMOCRACY", "HEREBY", "JOCORO") as a person: it stays only when it is the
    /// surname of a listed office holder ("CRISTIANI"). Fuller names and titled ones are read as in mixed case.
    /// </summary>
    private static bool LoneWordInCapitals(Document document, PersonCluster cluster)
    {
        if (!document.IsWrittenInCapitals)
        {
            return false;
        }

        foreach (PersonMention mention in cluster.Mentions)
        {
            if (mention.Length != 1)
            {
                return false;
            }
        }

        return !Lexicons.OfficeHolders.Default.IsSurname(document.Span(document.Tokens[cluster.Mentions[0].StartToken]));
    }

    /// <summary>
    /// One unknown word, once, as the first word of a sentence ("Imagine that ..."), is far more
    /// often a capitalized verb or noun than a person.
    /// </summary>
    private bool LonelyOpeningWord(Document document, PersonCluster cluster)
    {
        if (cluster.Mentions.Count != 1 || cluster.Mentions[0].Length != 1)
        {
            return false;
        }

        PersonMention mention = cluster.Mentions[0];
        if ((gazetteer.Lookup(document.Span(document.Tokens[mention.StartToken])) & (GazetteerFlags.GivenName | GazetteerFlags.Surname)) != 0)
        {
            return false;
        }

        int first = document.Sentences[mention.Sentence].FirstToken;
        for (int t = first; t < mention.StartToken; t++)
        {
            if (document.Tokens[t].Kind is not (TokenKind.Quote or TokenKind.Bracket or TokenKind.Dash or TokenKind.Punctuation or TokenKind.Ellipsis))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ShareSentence(PersonCluster a, PersonCluster b)
    {
        foreach (PersonMention x in a.Mentions)
        {
            foreach (PersonMention y in b.Mentions)
            {
                if (x.Sentence == y.Sentence)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static PersonEntity ToEntity(Document document, PersonCluster cluster)
    {
        Token[] tokens = document.Tokens;
        PersonMention best = cluster.Best;
        var mentions = new CharSpan[cluster.Mentions.Count];
        int k = 0;
        foreach (PersonMention mention in cluster.Mentions)
        {
            mentions[k++] = new CharSpan(tokens[mention.StartToken].Start, tokens[mention.EndToken - 1].End);
        }

        PersonFacts facts = cluster.Facts;
        return new PersonEntity(
            new CharSpan(tokens[best.StartToken].Start, tokens[best.EndToken - 1].End),
            facts.Title ?? facts.Occupation,
            facts.Country,
            facts.Age,
            facts.Occupation,
            ImmutableCollectionsMarshal.AsImmutableArray(mentions));
    }

    private static string[] Words(Document document, PersonMention mention)
    {
        int count = 0;
        for (int t = mention.StartToken; t < mention.EndToken; t++)
        {
            count += document.Tokens[t].Kind is TokenKind.Word or TokenKind.Abbreviation ? 1 : 0;
        }

        // Sized exactly: no list and no copy, just the array and its words.
        string[] words = count == 0 ? [] : new string[count];
        int k = 0;
        for (int t = mention.StartToken; t < mention.EndToken; t++)
        {
            Token token = document.Tokens[t];
            if (token.Kind is TokenKind.Word or TokenKind.Abbreviation)
            {
                words[k++] = document.Substring(token.Start, token.End);
            }
        }

        return words;
    }
}
