using System.Collections.Concurrent;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// A party announcing its own strike threatens it (GUIDELINES: threat = threat of force or retaliation; CAMEO 138): "our units will
/// attack the Honduran troops", "in reprisal we will place a bomb", "the rebels said they would place bombs", "vowed to keep up such
/// raids". The strike word is retyped a threat, so the irrealis rules, which drop a strike that has not happened, keep it as a threat.
/// Only when the speaker is the strike's own doer: a first-person subject ("we", "our units"), a pronoun subject of a clause reported
/// by "said / warned / vowed" ("Iran said it would attack"), or the object of a vow. A third party's forecast ("analysts said Iraq
/// would attack", "U.S. interests might come under attack") names another subject or no modal of promise, and stays a strike.
/// </summary>
internal static class OwnThreats
{
    private static readonly WordClass OwnVoice = Lexicon.Default.Class("events/own-voice-words");
    private static readonly WordClass PromiseModals = Lexicon.Default.Class("events/promise-modals");
    private static readonly WordClass ReportedSubjects = Lexicon.Default.Class("events/reported-subjects");
    private static readonly WordClass VowVerbs = Lexicon.Default.Class("events/vow-verbs");
    private static readonly WordClass ContinuationWords = Lexicon.Default.Class("events/continuation-words");

    // "will place a bomb", "will certainly attack": the strike word heads the modal's verb phrase, at most three words after it.
    private const int VerbPhraseReach = 3;

    // "our units will", "we will": the speaker's word stands at most three words before the modal, in its clause.
    private const int SubjectReach = 3;

    // The threat twin of each strike pattern, made once per lexicon entry (the lexicon is fixed, so this stays small).
    private static readonly ConcurrentDictionary<TriggerPattern, TriggerPattern> Twins = new(ReferenceEqualityComparer.Instance);

    /// <summary>Retypes, in place, the strike triggers of <paramref name="triggers"/> that their own doer announces as threats.</summary>
    public static void Retype(Document document, Sentence sentence, List<TriggerMatch> triggers)
    {
        for (int i = 0; i < triggers.Count; i++)
        {
            TriggerMatch trigger = triggers[i];
            if (trigger.Type == EventTaxonomy.Strike && IsOwnThreat(document, sentence, trigger)
                && !SenseFilter.IsOtherSense(document, sentence, trigger) && !ObjectSense.IsFigurativeAttack(document, sentence, trigger))
            {
                triggers[i] = trigger with { Pattern = Twins.GetOrAdd(trigger.Pattern, MakeTwin) };
            }
        }
    }

    /// <summary>
    /// True for a strike word retyped a threat here. The scope model, which never judges strike words, does not judge these either (it
    /// learnt threats from "threaten" and "warn"); the classifier's vote on a weak word is not asked either: the speaker's own announcement
    /// is the evidence.
    /// </summary>
    public static bool IsRetyped(TriggerMatch trigger) => trigger.Pattern.Announced;

    private static TriggerPattern MakeTwin(TriggerPattern strike) => strike with { Type = EventTaxonomy.Threat, Weak = false, Announced = true };

    /// <summary>True when the strike <paramref name="trigger"/> is announced by its own doer (see the class summary).</summary>
    internal static bool IsOwnThreat(Document document, Sentence sentence, TriggerMatch trigger) =>
        IsVowed(document, sentence, trigger) || IsPromisedByVoice(document, sentence, trigger);

    // "vowed to keep up such raids", "pledged to attack": a vow, "to", then only words of carrying on.
    private static bool IsVowed(Document document, Sentence sentence, TriggerMatch trigger)
    {
        int t = trigger.FirstToken - 1;
        while (t > sentence.FirstToken && trigger.FirstToken - t <= VerbPhraseReach + 1 && document.Tokens[t].Kind == TokenKind.Word
            && document.IsWordOf(t, ContinuationWords))
        {
            t--;
        }

        return t > sentence.FirstToken && document.Span(document.Tokens[t]).Equals("to", StringComparison.OrdinalIgnoreCase)
            && document.IsWordOf(t - 1, VowVerbs);
    }

    // "we will attack", "our units will attack", "said that they would place bombs": a modal of promise heading the strike's verb phrase,
    // with the speaker as its subject.
    private static bool IsPromisedByVoice(Document document, Sentence sentence, TriggerMatch trigger)
    {
        int modal = -1;
        for (int t = trigger.FirstToken - 1; t >= sentence.FirstToken && trigger.FirstToken - t <= VerbPhraseReach + 1; t--)
        {
            Token token = document.Tokens[t];
            if (token.Kind is not (TokenKind.Word or TokenKind.Clitic))
            {
                return false;
            }

            if (document.IsWordOf(t, PromiseModals))
            {
                modal = t;
                break;
            }

            // "will not attack", "would have attacked", "will be attacked", "will stop the attacks", "will respond to any attack": not a promise to strike.
            ReadOnlySpan<char> word = document.Span(token);
            if (EventWords.Irrealis.Contains(word) || EventWords.BeForms.Contains(word) || EventWords.HaveForms.Contains(word)
                || EventWords.Prepositions.Contains(word) || EventWords.ClauseOpeners.Contains(word))
            {
                return false;
            }
        }

        if (modal <= sentence.FirstToken)
        {
            return false;
        }

        // The speaker in person: "we" right before the modal, or "our" opening its subject ("our units will"); not "we believe Iraq will".
        if (document.IsWordOf(modal - 1, OwnVoice))
        {
            return true;
        }

        for (int t = modal - 2; t >= sentence.FirstToken && modal - t <= SubjectReach; t--)
        {
            ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
            if (document.Tokens[t].Kind is not TokenKind.Word || EventWords.ClauseOpeners.Contains(word) || EventWords.Irrealis.Contains(word))
            {
                break;
            }

            if (document.IsWordOf(t, OwnVoice))
            {
                return word.Equals("our", StringComparison.OrdinalIgnoreCase);
            }
        }

        // The speaker reported: "said (that) it would", "warned they would".
        if (!document.IsWordOf(modal - 1, ReportedSubjects))
        {
            return false;
        }

        int verb = modal - 2;
        if (verb > sentence.FirstToken && document.Span(document.Tokens[verb]).Equals("that", StringComparison.OrdinalIgnoreCase))
        {
            verb--;
        }

        return verb >= sentence.FirstToken && (document.IsWordOf(verb, EventWords.SayVerbs) || document.IsWordOf(verb, VowVerbs)
            || document.Span(document.Tokens[verb]).StartsWith("warn", StringComparison.OrdinalIgnoreCase)
            || document.Span(document.Tokens[verb]).StartsWith("threat", StringComparison.OrdinalIgnoreCase));
    }
}
