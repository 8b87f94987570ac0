using NewsNlp.Text;

namespace NewsNlp.Events;

/// <summary>Pronouns, titles and speakers as subjects: who "he", "we", "the envoy", "I" in a quote and "his" stand for.</summary>
internal static class PronounResolver
{
    private static readonly WordSet Pronouns = new("he", "she", "they", "it", "we", "i");

    private static readonly WordSet SpeakerNouns = new("ministry", "minister", "spokesman", "spokeswoman", "spokesperson", "government", "army", "agency", "statement", "official", "officials", "president", "leader", "group", "rebels", "militants", "embassy", "prime", "foreign", "secretary", "source", "sources");

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

    /// <summary>"we warn", "we are consulting", "they have agreed": a plural pronoun subject right before the trigger or its auxiliary.</summary>
    public static bool PronounRightBefore(Document document, Sentence sentence, TriggerMatch trigger)
    {
        int t = trigger.FirstToken - 1;
        if (t > sentence.FirstToken && document.Span(document.Tokens[t]) is "are" or "were" or "have" or "had" or "will" or "would")
        {
            t--;
        }

        return t >= sentence.FirstToken && document.Span(document.Tokens[t]) is "we" or "We" or "they" or "They";
    }

    /// <summary>"his appeal", "its offensive", "their talks": a possessive pronoun right before the trigger.</summary>
    public static bool PossessivePronounBefore(Document document, Sentence sentence, TriggerMatch trigger) =>
        trigger.FirstToken > sentence.FirstToken && document.Span(document.Tokens[trigger.FirstToken - 1]) is "his" or "her" or "its" or "their";

    /// <summary>"said the envoy had discussed", "the minister met": "the" and a title right before the trigger or its auxiliary.</summary>
    public static bool TitleSubjectBefore(Document document, Sentence sentence, TriggerMatch trigger)
    {
        int t = trigger.FirstToken - 1;
        if (t > sentence.FirstToken && document.Span(document.Tokens[t]) is "has" or "had" or "was" or "is" or "have" or "also")
        {
            t--;
        }

        return t > sentence.FirstToken && document.Span(document.Tokens[t - 1]) is "the" or "The"
            && document.Span(document.Tokens[t]) is "envoy" or "minister" or "president" or "premier" or "ambassador" or "diplomat" or "official" or "spokesman" or "spokeswoman" or "leader" or "chancellor" or "secretary";
    }

    /// <summary>"He ...", "She ...": the sentence starts with a personal pronoun.</summary>
    public static bool StartsWithPersonalPronoun(Document document, Sentence sentence)
    {
        int first = sentence.FirstToken;
        return first < sentence.EndToken && document.Span(document.Tokens[first]) is "He" or "She";
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
        if (Pronouns.Contains(word) || (first > sentence.FirstToken && document.Tokens[first - 1].Kind == TokenKind.Quote))
        {
            // A pronoun subject, or a quotation whose speaker comes at the end.
            return true;
        }

        return word is "The" or "A" && first + 1 < sentence.EndToken && SpeakerNouns.Contains(document.Span(document.Tokens[first + 1]));
    }
}
