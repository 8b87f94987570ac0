using NewsNlp.Text;

namespace NewsNlp.Events;

/// <summary>Modifiers and targets: possessives and demonyms before the trigger, partners, directed objects and ascriptions after it.</summary>
internal sealed partial class ArgumentFinder
{
    private bool AfterDeterminer(ActorMention mention) =>
        mention.FirstToken > 0 && document.Span(document.Tokens[mention.FirstToken - 1]) is "the" or "a" or "an" or "The" or "A" or "An";

    /// <summary>"attributed the bombing to Houthi rebels": an ascription verb right before the trigger's noun phrase.</summary>
    private bool AscribedBefore(TriggerMatch trigger)
    {
        for (int t = trigger.FirstToken - 1; t >= 0 && t >= trigger.FirstToken - 4; t--)
        {
            ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
            if (IsAscription(word))
            {
                return true;
            }

            if (document.Tokens[t].Kind != TokenKind.Word || EventWords.Prepositions.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsAscription(ReadOnlySpan<char> word) =>
        word is "ascribed" or "attributed" or "blamed" or "credited" or "linked" or "responsibility" or "traced";

    /// <summary>The next mention before <paramref name="clauseEnd"/> governed by "against", "on", "at" or "targeting"; -1 if none.</summary>
    private int DirectedTargetAfter(int from, int end, int clauseEnd)
    {
        for (int m = from; m < end && index.Mentions[m].FirstToken < clauseEnd; m++)
        {
            if (WordBefore(index.Mentions[m].FirstToken, out _) is "against" or "on" or "at" or "targeting")
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>Adds the mentions of an "including ..." list that follows, up to the clause end.</summary>
    private void AddIncluded(List<string> codes, int from, int end, int clauseEnd)
    {
        for (int m = from; m < end && index.Mentions[m].FirstToken < clauseEnd; m++)
        {
            for (int t = index.Mentions[m].FirstToken - 1; t >= 0 && t >= index.Mentions[m].FirstToken - 6; t--)
            {
                ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
                if (word is "including")
                {
                    AddCodes(codes, index.Mentions[m]);
                    break;
                }

                if (word is "." or ";" || (t < index.Mentions[m].FirstToken - 1 && EventWords.SayVerbs.Contains(word)))
                {
                    break;
                }
            }
        }
    }

    /// <summary>The first mention from <paramref name="from"/> on in the clause governed by "with"; -1 if none.</summary>
    private int WithPartnerAfter(int from, int end, int clauseEnd)
    {
        for (int m = from; m < end && index.Mentions[m].FirstToken < clauseEnd; m++)
        {
            if (WordBefore(PhraseStart(m), out _) is "with")
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>"in an airstrike", "with a drone strike", "in a rocket attack": the trigger names the means of the verb before it.</summary>
    private bool IsInstrumentPhrase(TriggerMatch trigger)
    {
        for (int t = trigger.FirstToken - 1; t >= 0 && t >= trigger.FirstToken - 3; t--)
        {
            ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
            if (word is "in" or "with" or "by")
            {
                return true;
            }

            if (document.Tokens[t].Kind != TokenKind.Word || !(EventWords.Determiners.Contains(word) || char.IsLower(word[0])))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A demonym, organisation, possessive or name within three words before the trigger, with only modifiers between.</summary>
    private bool IsModifierOf(ActorMention mention, TriggerMatch trigger)
    {
        int gap = trigger.FirstToken - mention.LastToken - 1;
        if (gap > 3)
        {
            return false;
        }

        bool possessive = false;
        for (int t = mention.LastToken + 1; t < trigger.FirstToken; t++)
        {
            Token token = document.Tokens[t];
            ReadOnlySpan<char> word = document.Span(token);
            if (token.Kind == TokenKind.Clitic)
            {
                possessive = true;
                continue;
            }

            if (token.Kind is not (TokenKind.Word or TokenKind.Dash or TokenKind.Quote) || EventWords.Prepositions.Contains(word) || EventWords.BeForms.Contains(word)
                || EventWords.ClauseOpeners.Contains(word) || EventWords.SayVerbs.Contains(word) || word is "has" or "have" or "had")
            {
                return false;
            }
        }

        return possessive || mention.Form is ActorForm.Demonym or ActorForm.Organization || gap == 0;
    }

    private bool IsPossessive(ActorMention mention) =>
        mention.LastToken + 1 < document.Tokens.Length && document.Tokens[mention.LastToken + 1].Kind == TokenKind.Clitic;
}
