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
        var mentions = new List<PersonMention>();
        var covered = new bool[document.Tokens.Length];
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

        AddAfterHonorifics(document, covered, gazetteer, mentions);
        mentions.Sort((a, b) => a.StartToken.CompareTo(b.StartToken));
        return mentions;
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
            || (gazetteer.Lookup(document.Span(tokens[start])) & NotName) != 0))
        {
            start++;
        }

        while (end > start + 1 && tokens[end - 1].Kind is not (TokenKind.Word or TokenKind.Abbreviation))
        {
            end--;
        }

        int words = 0;
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

        bool trusted = s.Kind == SentenceKind.Prose && !IsCapitals(document, s);
        mention = new PersonMention(start, end, sentence, trusted);
        return true;
    }

    private static void AddAfterHonorifics(Document document, bool[] covered, EntityGazetteer gazetteer, List<PersonMention> mentions)
    {
        Token[] tokens = document.Tokens;
        for (int t = 0; t + 1 < tokens.Length; t++)
        {
            ReadOnlySpan<char> word = document.Span(tokens[t]);
            if ((gazetteer.Lookup(word) & GazetteerFlags.Honorific) == 0 || !char.IsUpper(word[0]) || covered[t + 1])
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
