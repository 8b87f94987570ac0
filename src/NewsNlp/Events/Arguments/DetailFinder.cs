using NewsNlp.Text;

namespace NewsNlp.Events.Arguments;

/// <summary>Where an event happened, with what, and who reports it.</summary>
internal sealed class DetailFinder
{
    private readonly Document document;

    /// <summary>Creates the finder over one document.</summary>
    public DetailFinder(Document document) => this.document = document;

    /// <summary>Weapons named in the clause, for strikes.</summary>
    public void FindWeapons(int clauseStart, int clauseEnd, List<string> weapons) =>
        WeaponLexicon.Default.Find(document, clauseStart, clauseEnd, weapons);

    /// <summary>A named region ("Panjgur district", "Balochistan region") in the clause, else the first target.</summary>
    public string? FindLocation(int clauseStart, int clauseEnd, EventCandidate candidate)
    {
        for (int t = clauseStart + 1; t < clauseEnd; t++)
        {
            Token token = document.Tokens[t];
            if (token.Kind != TokenKind.Word || !EventWords.RegionNouns.Contains(document.Span(token)))
            {
                continue;
            }

            int first = t;
            while (first > clauseStart && document.Tokens[first - 1].Kind == TokenKind.Word && char.IsUpper(document.Span(document.Tokens[first - 1])[0]))
            {
                first--;
            }

            if (first < t)
            {
                return document.Substring(document.Tokens[first].Start, token.End);
            }
        }

        // A guessed (default) target is no evidence of where the act happened.
        return candidate.Targets.Count > 0 && !candidate.TargetsByDefault ? candidate.Targets[0] : null;
    }

    /// <summary>"according to X", or "X said/stated/announced" where X is a short phrase: who reports the event.</summary>
    public string? FindAttribution(Sentence sentence)
    {
        Token[] tokens = document.Tokens;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            ReadOnlySpan<char> word = document.Span(tokens[t]);
            if (word.Equals("according", StringComparison.OrdinalIgnoreCase) && t + 1 < sentence.EndToken && document.Span(tokens[t + 1]) is "to")
            {
                int end = t + 2;
                while (end < sentence.EndToken && tokens[end].Kind is TokenKind.Word or TokenKind.Abbreviation or TokenKind.Clitic)
                {
                    end++;
                }

                return end > t + 2 ? document.Substring(tokens[t + 2].Start, tokens[end - 1].End) : null;
            }

            if (EventWords.SayVerbs.Contains(word) && t > sentence.FirstToken && !EventWords.CoordinatingConjunctions.Contains(document.Span(tokens[t - 1])))
            {
                // "Pakistan recalled its ambassador to Tehran and announced ...": a verb coordinated with the act has the act's own subject, no reporter.
                // The speaker: up to four words before the verb, starting at a capitalized word.
                int first = t;
                while (first > sentence.FirstToken && first > t - 4 && tokens[first - 1].Kind is TokenKind.Word or TokenKind.Abbreviation
                       && !EventWords.Prepositions.Contains(document.Span(tokens[first - 1])) && !EventWords.NonSpeakerWords.Contains(document.Span(tokens[first - 1])))
                {
                    first--;
                }

                bool governed = first > sentence.FirstToken && EventWords.Prepositions.Contains(document.Span(tokens[first - 1]));
                if (first < t && char.IsUpper(document.Span(tokens[first])[0]) && !governed)
                {
                    return document.Substring(tokens[first].Start, tokens[t - 1].End);
                }
            }
        }

        return null;
    }
}
