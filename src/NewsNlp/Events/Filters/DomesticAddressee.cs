using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// Appeals, warnings and accusations addressed to a government's own legislature, provinces or parties
/// ("Reagan warned the U.S. Congress against the bill", "urged lawmakers to move cautiously", "accused
/// the provincial premiers"), or coming from them ("criticism from opposition parties"): domestic
/// politics, not an act toward another country. A foreign legislature named with
/// its own country ("urged the Iranian parliament to") is a party and stays.
/// </summary>
internal static class DomesticAddressee
{
    // "warned the U.S. Congress", "appealed to the ten provincial premiers": the addressee heads the object within five words.
    private static readonly TokenWindow ObjectReach = new(0, 5);

    /// <summary>True when the object of an appeal, threat or accusation is a domestic body of the sentence's own side.</summary>
    public static bool IsDomestic(Document document, Sentence sentence, TriggerMatch trigger, ActorIndex index)
    {
        // Talks are left alone: a visiting minister "in Washington for talks with congressional leaders" consults another country.
        if (trigger.Type is not (EventTaxonomy.Appeal or EventTaxonomy.Threat or EventTaxonomy.Accusation))
        {
            return false;
        }

        int end = ObjectReach.EndAt(trigger.LastToken, sentence);
        for (int t = trigger.LastToken + 1; t < end; t++)
        {
            Token token = document.Tokens[t];
            ReadOnlySpan<char> word = document.Span(token);
            if (token.Kind is TokenKind.Punctuation or TokenKind.Dash or TokenKind.Bracket or TokenKind.Quote)
            {
                return false;
            }

            // "appealed to", "called on" open the object, "criticism from", "attacked by" the critic; any other preposition or a clause opener ends it.
            bool opener = t == trigger.LastToken + 1 && word is "to" or "on" or "from" or "by";
            if (!opener && word is not "and" && (EventWords.Prepositions.Contains(word) || EventWords.ClauseOpeners.Contains(word)))
            {
                return false;
            }

            if (document.Is(t, EventWords.DomesticBodyWords) && !NamesOtherCountry(index, sentence, trigger, t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the object, up to <paramref name="body"/>, names a country or organisation that does not stand before the trigger
    /// ("Reagan urged the Iranian parliament": a foreign body); "President Reagan warned the U.S. Congress" names the speaker's own.
    /// </summary>
    private static bool NamesOtherCountry(ActorIndex index, Sentence sentence, TriggerMatch trigger, int body)
    {
        for (int m = index.FirstAtOrAfter(trigger.LastToken + 1); m < index.Mentions.Length && index.Mentions[m].FirstToken < body; m++)
        {
            string code = index.Mentions[m].Code;
            if (code.Length > 0 && !StandsBefore(index, sentence, trigger, code))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="code"/> is named before the trigger, or nobody is ("He warned the U.S. Congress": the speaker's side is unknown, the body most likely his own).</summary>
    private static bool StandsBefore(ActorIndex index, Sentence sentence, TriggerMatch trigger, string code)
    {
        bool anyone = false;
        for (int m = index.FirstAtOrAfter(sentence.FirstToken); m < index.Mentions.Length && index.Mentions[m].FirstToken < trigger.FirstToken; m++)
        {
            anyone |= index.Mentions[m].Code.Length > 0;
            if (index.Mentions[m].Code == code)
            {
                return true;
            }
        }

        return !anyone;
    }
}
