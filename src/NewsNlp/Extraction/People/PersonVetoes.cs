using NewsNlp.Extraction.Countries;
using NewsNlp.Extraction.Entities;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.People;

/// <summary>
/// Finds the name clusters that are not people after all: a name the article also gives to a
/// company ("Cheung Kong (Holdings) Ltd" makes every "Cheung Kong" the company), one the tagger
/// reads as an organisation or place more often than as a person, or one whose every mention the
/// country stage knows as a country, place or organisation ("Fiji", "NATO"). Strong evidence of
/// a person overrules: a title, an age, an honorific before a mention.
/// Built once per document.
/// </summary>
internal sealed class PersonVetoes
{
    private static readonly WordClass CompanySuffixes = Lexicon.Default.Class("people/company-suffixes");

    // How far after a name a company suffix may stand: "Cheung Kong ( Holdings ) Ltd".
    private static readonly TokenWindow SuffixWindow = new(0, 4);

    private readonly Document document;
    private readonly EntityGazetteer gazetteer;
    private readonly EntityType[] typeAt;
    private readonly List<(int Start, int End)> known = [];

    /// <summary>Reads the tagger's spans and the country stage's mentions of <paramref name="document"/>.</summary>
    public PersonVetoes(Document document, ReadOnlySpan<EntitySpan> entities, CountryLayer? countries, EntityGazetteer gazetteer)
    {
        this.document = document;
        this.gazetteer = gazetteer;
        typeAt = new EntityType[document.Tokens.Length];
        foreach (EntitySpan span in entities)
        {
            for (int t = span.StartToken; t < span.EndToken; t++)
            {
                typeAt[t] = span.Type;
            }
        }

        if (countries is not null)
        {
            foreach (CountryEntity country in countries.Countries)
            {
                foreach (CountryMentionSpan mention in country.Mentions)
                {
                    known.Add((mention.Start, mention.End));
                }
            }

            foreach (OrganizationEntity organization in countries.Organizations)
            {
                foreach (CharSpan mention in organization.Mentions)
                {
                    known.Add((mention.Start, mention.End));
                }
            }
        }
    }

    /// <summary>True when <paramref name="cluster"/> names a company, place or organisation rather than a person.</summary>
    public bool Rejects(PersonCluster cluster)
    {
        if (cluster.Facts.Title is not null || cluster.Facts.Age is not null || AfterHonorific(cluster))
        {
            return false;
        }

        return AllMentionsKnown(cluster) || NamesCompanyOrOther(cluster.Parts);
    }

    private bool AfterHonorific(PersonCluster cluster)
    {
        foreach (PersonMention mention in cluster.Mentions)
        {
            int before = mention.StartToken - 1;
            if (before >= 0 && (gazetteer.Lookup(document.Span(document.Tokens[before])) & GazetteerFlags.Honorific) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private bool AllMentionsKnown(PersonCluster cluster)
    {
        if (known.Count == 0)
        {
            return false;
        }

        foreach (PersonMention mention in cluster.Mentions)
        {
            int start = document.Tokens[mention.StartToken].Start;
            int end = document.Tokens[mention.EndToken - 1].End;
            if (!KnownCovers(start, end))
            {
                return false;
            }
        }

        return true;
    }

    private bool KnownCovers(int start, int end)
    {
        foreach ((int Start, int End) k in known)
        {
            if (k.Start <= start && end <= k.End)
            {
                return true;
            }
        }

        return false;
    }

    // Every place the name's words stand in the article: followed by a company suffix, or tagged
    // as another kind of name more often than as a person.
    private bool NamesCompanyOrOther(string[] words)
    {
        if (words.Length == 0)
        {
            return false;
        }

        Token[] tokens = document.Tokens;
        int person = 0;
        int other = 0;
        for (int t = 0; t + words.Length <= tokens.Length; t++)
        {
            if (!Matches(t, words))
            {
                continue;
            }

            int end = t + words.Length;
            if (FollowedBySuffix(end))
            {
                return true;
            }

            switch (typeAt[t])
            {
                case EntityType.Person: person++; break;
                case EntityType.None: break;
                default: other++; break;
            }
        }

        return other > person;
    }

    private bool Matches(int t, string[] words)
    {
        for (int k = 0; k < words.Length; k++)
        {
            if (!document.Span(document.Tokens[t + k]).Equals(words[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private bool FollowedBySuffix(int end)
    {
        Token[] tokens = document.Tokens;
        int limit = Math.Min(tokens.Length, end + SuffixWindow.After);
        for (int t = end; t < limit; t++)
        {
            ReadOnlySpan<char> word = document.Span(tokens[t]);
            if (char.IsUpper(word[0]) && Lexicon.Default.Contains(CompanySuffixes, word))
            {
                return true;
            }

            // Only brackets, "&" and capitalized words ("Holdings", "Bros") may stand between.
            if (!(tokens[t].Kind == TokenKind.Bracket || word is "&" || char.IsUpper(word[0])))
            {
                return false;
            }
        }

        return false;
    }
}
