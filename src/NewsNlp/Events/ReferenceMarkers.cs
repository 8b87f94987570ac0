using NewsNlp.Text;

namespace NewsNlp.Events;

/// <summary>References to acts told elsewhere ("these attacks", "following the strike") and acts marked as new ("another attack").</summary>
internal static class ReferenceMarkers
{
    // A back-reference or marker word stands within a short noun phrase before the trigger ("these two air attacks").
    private static readonly TokenWindow ModifierReach = new(3, 0);

    /// <summary>"these two attacks", "the reciprocal bombings", "attacks of this magnitude": a reference to events told elsewhere.</summary>
    public static bool IsBackReference(Document document, Sentence sentence, TriggerMatch trigger)
    {
        for (int t = trigger.FirstToken - 1; t >= ModifierReach.StartAt(trigger.FirstToken, sentence); t--)
        {
            ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
            if (EventWords.BackReferenceWords.Contains(word))
            {
                return true;
            }

            if (document.Tokens[t].Kind != TokenKind.Word || EventWords.Prepositions.Contains(word))
            {
                break;
            }
        }

        int next = trigger.LastToken + 1;
        return next + 1 < sentence.EndToken && document.Span(document.Tokens[next]) is "of" && document.Span(document.Tokens[next + 1]) is "this" or "such";
    }

    /// <summary>"following the strikes", "after the attack": a definite noun inside a prepositional phrase is usually told elsewhere.</summary>
    public static bool IsDefiniteInPhrase(Document document, Sentence sentence, TriggerMatch trigger)
    {
        int before = trigger.FirstToken - 1;
        while (before > sentence.FirstToken && document.Tokens[before].Kind == TokenKind.Word && !document.IsWordOf(before, EventWords.Determiners)
               && trigger.FirstToken - before <= 2)
        {
            before--;
        }

        return before > sentence.FirstToken && document.Span(document.Tokens[before]) is "the" && document.IsWordOf(before - 1, EventWords.Prepositions)
            && document.Span(document.Tokens[before - 1]) is not ("on" or "by");
    }

    /// <summary>"another attack", "a separate raid", "an earlier bombing": the text says this is not the act told before.</summary>
    public static bool IsMarkedDistinct(Document document, Sentence sentence, TriggerMatch trigger)
    {
        // Inside a gapped trigger ("launched fresh attacks") too.
        for (int t = trigger.LastToken; t >= ModifierReach.StartAt(trigger.FirstToken, sentence); t--)
        {
            ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
            if (EventWords.DistinctMarkers.Contains(word))
            {
                return true;
            }

            if (t < trigger.FirstToken && (document.Tokens[t].Kind != TokenKind.Word || EventWords.Prepositions.Contains(word)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"the air strike", "the attacks": a definite noun, which refers back once an event of its type was told.</summary>
    public static bool IsDefinite(Document document, Sentence sentence, TriggerMatch trigger)
    {
        for (int t = trigger.FirstToken - 1; t >= ModifierReach.StartAt(trigger.FirstToken, sentence); t--)
        {
            Token token = document.Tokens[t];
            ReadOnlySpan<char> word = document.Span(token);
            if (word is "the" or "The")
            {
                return true;
            }

            if (token.Kind != TokenKind.Word || char.IsUpper(word[0]) || EventWords.Prepositions.Contains(word) || EventWords.BeForms.Contains(word) || EventWords.HaveForms.Contains(word))
            {
                return false;
            }
        }

        return false;
    }
}
