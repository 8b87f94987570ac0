using NewsNlp.Text;

namespace NewsNlp.Events;

/// <summary>Pronouns, titles and speakers as subjects: who "he", "we", "the envoy", "I" in a quote and "his" stand for.</summary>
internal static class PronounResolver
{
    /// <summary>The code of the first person named in the nearest of the two sentences before sentence <paramref name="s"/> that names one, or null.</summary>
    public static string? PreviousSubjectPerson(Document document, int s, ActorIndex index)
    {
        for (int p = s - 1; p >= 0 && p >= s - 2; p--)
        {
            if (index.FirstPersonIn(document.Sentences[p].FirstToken, document.Sentences[p].EndToken) is { } code)
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>
    /// The party that opens the nearest of the two sentences before sentence <paramref name="s"/> that names one (a place or a
    /// phrase naming both sides is no maker of a statement), or null: "THE FMLN, IN A COMMUNIQUE ..., STATED ... | IT ALSO DEMANDED",
    /// "IN THE DRAFT RESOLUTION, NICARAGUA ASKED ... | IT ALSO URGED".
    /// </summary>
    public static string? PreviousSentenceParty(Document document, int s, ActorIndex index)
    {
        for (int p = s - 1; p >= 0 && p >= s - 2; p--)
        {
            Sentence before = document.Sentences[p];
            for (int m = index.FirstAtOrAfter(before.FirstToken); m < index.Mentions.Length && index.Mentions[m].FirstToken < before.EndToken; m++)
            {
                if (index.Mentions[m].Form is not (ActorForm.Place or ActorForm.Pair))
                {
                    return index.Mentions[m].Code;
                }
            }
        }

        return null;
    }

    /// <summary>"we warn", "we are consulting", "they have agreed": a plural pronoun subject right before the trigger or its auxiliary.</summary>
    public static bool PronounRightBefore(Document document, Sentence sentence, TriggerMatch trigger)
    {
        int t = trigger.FirstToken - 1;
        if (t > sentence.FirstToken && document.IsWordOf(t, EventWords.PronounAuxiliaries))
        {
            t--;
        }

        return t >= sentence.FirstToken && document.IsWordOf(t, EventWords.PluralPronouns);
    }

    /// <summary>"his appeal", "its offensive", "their talks": a possessive pronoun right before the trigger.</summary>
    public static bool PossessivePronounBefore(Document document, Sentence sentence, TriggerMatch trigger) =>
        trigger.FirstToken > sentence.FirstToken && EventWords.PossessivePronouns.Contains(document.Span(document.Tokens[trigger.FirstToken - 1]));

    /// <summary>"said the envoy had discussed", "the minister met": "the" and a title right before the trigger or its auxiliary.</summary>
    public static bool TitleSubjectBefore(Document document, Sentence sentence, TriggerMatch trigger)
    {
        int t = trigger.FirstToken - 1;
        if (t > sentence.FirstToken && document.IsWordOf(t, EventWords.TitleAuxiliaries))
        {
            t--;
        }

        return t > sentence.FirstToken && document.Span(document.Tokens[t - 1]) is "the" or "The"
            && document.IsWordOf(t, EventWords.TitleNouns);
    }

    /// <summary>"He ...", "She ...", and in a bulletin set in capitals "HE ...": the sentence starts with a personal pronoun.</summary>
    public static bool StartsWithPersonalPronoun(Document document, Sentence sentence)
    {
        int first = sentence.FirstToken;
        return first < sentence.EndToken && document.Span(document.Tokens[first]) is "He" or "She" or "HE" or "SHE";
    }

    /// <summary>A pronoun, a quotation or "the ministry" as the first words of the sentence.</summary>
    public static bool StartsWithPronounSubject(Document document, Sentence sentence)
    {
        int first = sentence.FirstToken;
        while (first < sentence.EndToken && document.Tokens[first].Kind != TokenKind.Word)
        {
            first++;
        }

        if (first >= sentence.EndToken)
        {
            return false;
        }

        ReadOnlySpan<char> word = document.Span(document.Tokens[first]);
        if (EventWords.Pronouns.Contains(word) || (first > sentence.FirstToken && document.Tokens[first - 1].Kind == TokenKind.Quote))
        {
            // A pronoun subject, or a quotation whose speaker comes at the end.
            return true;
        }

        return word is "The" or "A" && first + 1 < sentence.EndToken && document.IsWordOf(first + 1, EventWords.SpeakerNouns);
    }
}
