using NewsNlp.Extraction.People;
using NewsNlp.Text;

namespace NewsNlp.Events;

/// <summary>
/// Participant mentions an organisation gets from the article's own records (<see cref="ActorIndex"/>): the people who hold
/// its offices and its initials.
/// </summary>
internal static class OrganizationReferences
{
    /// <summary>
    /// "World Bank President Barber Conable ... Conable met Brazilian officials": a titled person the people stage ties to no country
    /// holds an office of the organisation named right before one of his mentions (only title words between), and acts for it at
    /// every mention. explain-events: such office holders lost their acts at the builder for want of an actor.
    /// </summary>
    public static void AddOfficeHolders(Document document, ExtractedFacts facts, List<ActorMention> mentions)
    {
        int count = mentions.Count;
        foreach (PersonEntity person in facts.People)
        {
            if (person.Title is null || person.Country is { Length: > 0 })
            {
                continue;
            }

            string? office = null;
            foreach (CharSpan m in person.Mentions)
            {
                int first = TokenIndex.At(document.Tokens, m.Start);
                for (int i = 0; i < count && office is null; i++)
                {
                    ActorMention org = mentions[i];
                    if (org.Form == ActorForm.Organization && org.LastToken < first && first - org.LastToken <= 5
                        && first - org.LastToken > 1 && ActorIndex.OnlyTitleWords(document, org.LastToken + 1, first))
                    {
                        office = org.Code;
                    }
                }
            }

            if (office is null)
            {
                continue;
            }

            foreach (CharSpan m in person.Mentions)
            {
                ActorIndex.Add(document, mentions, m.Start, m.End, office, ActorForm.Person);
            }
        }
    }

    /// <summary>
    /// "the European Community ... The EC imposed sanctions": the initials of an organisation the article names in full stand for it
    /// wherever they stand alone as a word in capitals. Only in an article that spells the name out, so the initials are its own.
    /// </summary>
    public static void AddInitials(Document document, List<ActorMention> mentions)
    {
        // Each organisation spelled out once is enough: a name told five times is one set of initials to look for, so the
        // article's tokens are read once, not once per mention of the name.
        List<(string Initials, string Code)>? wanted = null;
        int count = mentions.Count;
        for (int i = 0; i < count; i++)
        {
            ActorMention org = mentions[i];
            if (org.Form == ActorForm.Organization && org.LastToken > org.FirstToken && Initials(document, org) is { Length: >= 2 } initials
                && !(wanted ??= []).Contains((initials, org.Code)))
            {
                wanted.Add((initials, org.Code));
            }
        }

        if (wanted is null)
        {
            return;
        }

        for (int t = 0; t < document.Tokens.Length; t++)
        {
            Token token = document.Tokens[t];
            if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation))
            {
                continue;
            }

            foreach ((string initials, string code) in wanted)
            {
                if (document.Span(token).SequenceEqual(initials) && !Overlaps(mentions, t))
                {
                    mentions.Add(new ActorMention(t, t, code, ActorForm.Organization));
                }
            }
        }
    }

    /// <summary>"European Community" gives "EC": the first letters of its capitalised words (a word in lower case, "of", is skipped); null unless every word is a name's.</summary>
    private static string? Initials(Document document, ActorMention org)
    {
        Span<char> letters = stackalloc char[8];
        int n = 0;
        for (int t = org.FirstToken; t <= org.LastToken; t++)
        {
            Token token = document.Tokens[t];
            ReadOnlySpan<char> word = document.Span(token);
            if (token.Kind != TokenKind.Word || word.Length < 2 || !char.IsUpper(word[0]) || word.Length == CountUpper(word))
            {
                // A word in capitals or an initialism inside the name ("U.N. Security Council"), or lower case: no plain initials.
                if (token.Kind == TokenKind.Word && word.Length > 0 && char.IsLower(word[0]))
                {
                    continue;
                }

                return null;
            }

            if (n == letters.Length)
            {
                return null;
            }

            letters[n++] = word[0];
        }

        return n >= 2 ? new string(letters[..n]) : null;
    }

    private static int CountUpper(ReadOnlySpan<char> word)
    {
        int n = 0;
        foreach (char c in word)
        {
            n += char.IsUpper(c) ? 1 : 0;
        }

        return n;
    }

    private static bool Overlaps(List<ActorMention> mentions, int token)
    {
        foreach (ActorMention m in mentions)
        {
            if (m.FirstToken <= token && token <= m.LastToken)
            {
                return true;
            }
        }

        return false;
    }
}
