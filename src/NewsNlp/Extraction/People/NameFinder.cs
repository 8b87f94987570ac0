using System.Buffers;
using NewsNlp.Extraction.Entities;
using NewsNlp.Text;

namespace NewsNlp.Extraction.People;

/// <summary>
/// Finds person-name mentions: the tagger's PER spans, trimmed of honorifics and titles and
/// filtered of organisations, places and news agencies, plus names after an honorific that the
/// tagger missed ("Maulana Mohammad Sadiq").
/// </summary>
internal static class NameFinder
{
    private const GazetteerFlags NotName = GazetteerFlags.Honorific | GazetteerFlags.TitleHead | GazetteerFlags.TitleModifier | GazetteerFlags.Nationality;

    /// <summary>The person mentions of <paramref name="document"/> in text order.</summary>
    public static List<PersonMention> Find(Document document, ReadOnlySpan<EntitySpan> entities, EntityGazetteer gazetteer)
    {
        var mentions = new List<PersonMention>(entities.Length);
        bool[] covered = ArrayPool<bool>.Shared.Rent(document.Tokens.Length);
        Array.Clear(covered, 0, document.Tokens.Length);
        try
        {
            FindTagged(document, entities, gazetteer, covered, mentions);
            AddAfterHonorifics(document, covered, gazetteer, mentions);
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(covered);
        }

        mentions.Sort((a, b) => a.StartToken.CompareTo(b.StartToken));
        TrustListedNames(document, mentions);
        return mentions;
    }

    private static void FindTagged(Document document, ReadOnlySpan<EntitySpan> entities, EntityGazetteer gazetteer, bool[] covered, List<PersonMention> mentions)
    {
        foreach (EntitySpan entity in entities)
        {
            for (int t = entity.StartToken; t < entity.EndToken; t++)
            {
                covered[t] = true;
            }

            if (entity.Type != EntityType.Person)
            {
                continue;
            }

            int sentence = document.SentenceOfToken(entity.StartToken);
            if (TryTrim(document, entity.StartToken, entity.EndToken, sentence, gazetteer, out PersonMention mention))
            {
                mentions.Add(mention);
            }
        }
    }

    // A lone word on a line that lists full names ("Ponting , Michael Slater , Darren Lehmann") is
    // a name of the list too.
    private static void TrustListedNames(Document document, List<PersonMention> mentions)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            PersonMention mention = mentions[i];
            if (mention.Trusted || document.Sentences[mention.Sentence].Kind is not (SentenceKind.Heading or SentenceKind.Headline)
                || IsCapitals(document, document.Sentences[mention.Sentence]))
            {
                continue;
            }

            foreach (PersonMention other in mentions)
            {
                if (other.Sentence == mention.Sentence && other.Trusted)
                {
                    mentions[i] = mention with { Trusted = true };
                    break;
                }
            }
        }
    }

    // "Foreign", "Lieutenant-Colonel": a title word, or a hyphenated word made only of title words.
    private static bool IsTitleWord(ReadOnlySpan<char> word, EntityGazetteer gazetteer)
    {
        if ((gazetteer.Lookup(word) & NotName) != 0)
        {
            return true;
        }

        int hyphen = word.IndexOf('-');
        if (hyphen <= 0)
        {
            return false;
        }

        foreach (Range part in word.Split('-'))
        {
            if ((gazetteer.Lookup(word[part]) & NotName) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Trims a candidate span and decides whether it is a person's name.</summary>
    public static bool TryTrim(Document document, int start, int end, int sentence, EntityGazetteer gazetteer, out PersonMention mention)
    {
        mention = default;
        Sentence s = document.Sentences[sentence];
        if (s.IsBoilerplate)
        {
            return false;
        }

        Token[] tokens = document.Tokens;
        while (start < end - 1 && (tokens[start].Kind != TokenKind.Word && tokens[start].Kind != TokenKind.Abbreviation
            || IsTitleWord(document.Span(tokens[start]), gazetteer)))
        {
            start++;
        }

        while (end > start + 1 && tokens[end - 1].Kind is not (TokenKind.Word or TokenKind.Abbreviation))
        {
            end--;
        }

        int words = 0;
        int initials = 0;
        for (int t = start; t < end; t++)
        {
            ReadOnlySpan<char> word = document.Span(tokens[t]);
            GazetteerFlags flags = gazetteer.Lookup(word);
            if ((flags & GazetteerFlags.Organization) != 0 && (flags & (GazetteerFlags.GivenName | GazetteerFlags.Surname)) == 0)
            {
                return false;
            }

            if (tokens[t].Kind == TokenKind.Word)
            {
                if (!char.IsUpper(word[0]))
                {
                    // "al-Assadi" and "bin" are fine inside a name; a lower-case word at either end is not.
                    if (t == start || t == end - 1)
                    {
                        if (!(word.Length > 3 && word[2] == '-' && t == end - 1))
                        {
                            return false;
                        }
                    }
                }

                words++;
            }
            else if (tokens[t].Kind == TokenKind.Abbreviation && char.IsUpper(word[0]))
            {
                initials++;
            }
        }

        if (words == 0 || end - start > 6)
        {
            return false;
        }

        if (end - start == 1)
        {
            GazetteerFlags only = gazetteer.Lookup(document.Span(tokens[start]));
            if ((only & (NotName | GazetteerFlags.Calendar | GazetteerFlags.Organization)) != 0 || tokens[start].Length < 2)
            {
                return false;
            }
        }

        // Prose is trusted; so is a full name (two words or more) on a short line in mixed case: the
        // rows of results tables and lists ("4. Tim Lobinger ( Germany ) 5.80"). A lone word on
        // such a line, or anything in capitals, may only join a person found elsewhere, unless the
        // whole document is in capitals (a bulletin): its names come from the tagger trained for
        // capitals, and its prose is prose.
        bool capitals = IsCapitals(document, s) && !document.IsWrittenInCapitals;
        bool trusted = !capitals && (s.Kind == SentenceKind.Prose || (s.Kind is SentenceKind.Heading or SentenceKind.Headline && words + initials >= 2));
        mention = new PersonMention(start, end, sentence, trusted);
        return true;
    }

    private static void AddAfterHonorifics(Document document, bool[] covered, EntityGazetteer gazetteer, List<PersonMention> mentions)
    {
        Token[] tokens = document.Tokens;
        for (int t = 0; t + 1 < tokens.Length; t++)
        {
            ReadOnlySpan<char> word = document.Span(tokens[t]);
            // The cheap tests first: most words are lower case or already inside a name.
            if (covered[t + 1] || word.IsEmpty || !char.IsUpper(word[0]) || (gazetteer.Lookup(word) & GazetteerFlags.Honorific) == 0)
            {
                continue;
            }

            int end = t + 1;
            while (end < tokens.Length && end - t <= 4 && tokens[end].Kind == TokenKind.Word && char.IsUpper(document.Span(tokens[end])[0]) && !covered[end])
            {
                end++;
            }

            if (end > t + 1)
            {
                int sentence = document.SentenceOfToken(t);
                if (document.Sentences[sentence].EndToken >= end && TryTrim(document, t + 1, end, sentence, gazetteer, out PersonMention mention))
                {
                    mentions.Add(mention);
                }
            }
        }
    }

    private static bool IsCapitals(Document document, Sentence sentence)
    {
        int words = 0;
        int capitals = 0;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
            if (word.Length >= 2 && char.IsLetter(word[0]))
            {
                words++;
                if (!FeatureHash.HasLowerAscii(word))
                {
                    capitals++;
                }
            }
        }

        return words > 0 && capitals * 10 >= words * 6;
    }
}
