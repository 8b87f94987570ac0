using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NewsNlp.Extraction.Casualties;
using NewsNlp.Text;

namespace NewsNlp.Events;

/// <summary>Turning a trigger into a candidate, and candidates into records.</summary>
internal sealed partial class EventExtractor
{
    private static readonly WordSet Pronouns = new("he", "she", "they", "it", "we", "i");

    private static readonly WordSet SpeakerNouns = new("ministry", "minister", "spokesman", "spokeswoman", "spokesperson", "government", "army", "agency", "statement", "official", "officials", "president", "leader", "group", "rebels", "militants", "embassy", "prime", "foreign", "secretary", "source", "sources");

    private static readonly WordSet BackReferenceWords = new("these", "those", "this", "such", "reciprocal", "mutual", "both");

    /// <summary>Builds the candidate for one trigger, or null when it has no participant.</summary>
    private static EventCandidate? Build(Document document, int s, TriggerMatch trigger, ArgumentFinder finder, ActorIndex index, SentenceState state, double confidence)
    {
        Sentence sentence = document.Sentences[s];
        var candidate = new EventCandidate
        {
            Type = trigger.Type,
            TriggerStart = document.Tokens[trigger.FirstToken].Start,
            Start = sentence.Start,
            End = sentence.End,
            Confidence = Math.Round(confidence, 2),
            Mutual = trigger.Pattern.Mutual,
        };
        (int clauseStart, int clauseEnd) = finder.FindParticipants(sentence, trigger, candidate);

        // "He had orchestrated attacks", "the envoy had discussed": he, she or a bare title is the first person named in the nearest sentence before that names one.
        if (candidate.Actors.Count == 0 && !candidate.Passive && (StartsWithPersonalPronoun(document, sentence) || TitleSubjectBefore(document, sentence, trigger))
            && PreviousSubjectPerson(document, s, index) is { } person && !candidate.Targets.Contains(person))
        {
            candidate.Actors.Add(person);
            candidate.ActorsFromSubject = true;
        }

        // 'Stoltenberg wrote, "I count on Turkey ..."', 'the Secretary General ... his appeal': the speaker or owner named first in the sentence.
        if (candidate.Actors.Count == 0 && !candidate.Passive && (finder.IsFirstPersonInQuote(sentence, trigger) || PossessivePronounBefore(document, sentence, trigger))
            && finder.FirstSubjectBefore(sentence, trigger) is { } speaker && (candidate.PairTargets || !candidate.Targets.Contains(speaker)))
        {
            candidate.Actors.Add(speaker);
            candidate.ActorsFromSubject = true;
        }

        // A pronoun or "the ministry" as subject: the actors of the event just before ("and we warn the Saudis").
        if (candidate.Actors.Count == 0 && !candidate.AgentlessPassive && state.LastActors.Count > 0 && s - state.LastSentence <= 2
            && ((candidate.Targets.Count == 0 && StartsWithPronounSubject(document, sentence)) || PronounRightBefore(document, sentence, trigger)))
        {
            // "we are consulting with the parties": the speaker is not among the parties addressed.
            candidate.Actors.AddRange(state.LastActors);
            candidate.Targets.RemoveAll(candidate.Actors.Contains);
        }

        if (candidate.PairTargets)
        {
            // "We have urged both sides": the sides are the main parties other than the speaker.
            candidate.Targets.RemoveAll(candidate.Actors.Contains);
            foreach (string party in index.Parties)
            {
                if (candidate.Targets.Count < 2 && !candidate.Actors.Contains(party) && !candidate.Targets.Contains(party))
                {
                    candidate.Targets.Add(party);
                }
            }
        }

        if (candidate.Mutual && candidate.Actors.Count < 2 && candidate.Targets.Count == 0)
        {
            foreach (string party in index.MainParties)
            {
                if (!candidate.Actors.Contains(party))
                {
                    candidate.Actors.Add(party);
                }
            }
        }

        if (candidate.Mutual)
        {
            candidate.Actors.AddRange(candidate.Targets.Where(t => !candidate.Actors.Contains(t)));
            candidate.Targets.Clear();
        }

        if (!trigger.Pattern.Reference)
        {
            // A claim of responsibility only names the doer; the act it claims has the targets.
            AddDefaultTargets(candidate, trigger, index);
        }

        // An appeal, mediation, threat or accusation addresses someone; with nobody but the actor's own side in view it is domestic talk.
        // An agreement takes two: "the prime minister signed a decree" or "Argentina agreed" alone is no deal between parties.
        bool unaddressed = (candidate.Targets.Count == 0 && !candidate.Mutual && !trigger.Pattern.Reference
            && candidate.Type is EventTaxonomy.Appeal or EventTaxonomy.Mediation or EventTaxonomy.Threat or EventTaxonomy.Accusation)
            || (candidate.Type == EventTaxonomy.Agreement && !trigger.Pattern.Reference && candidate.Actors.Count + candidate.Targets.Count < 2);
        if ((candidate.Actors.Count == 0 && (candidate.Type != EventTaxonomy.Strike || candidate.Targets.Count == 0)) || unaddressed)
        {
            return null;
        }

        candidate.Date = finder.FindDate(sentence, trigger);
        if (candidate.Type == EventTaxonomy.Strike)
        {
            ArgumentFinder.FindWeapons(document, clauseStart, clauseEnd, candidate.Weapons);
        }

        candidate.Location = finder.FindLocation(clauseStart, clauseEnd, candidate);
        candidate.Attribution = finder.FindAttribution(sentence);
        bool strongReference = trigger.Pattern.Reference || sentence.Kind != SentenceKind.Prose || IsBackReference(document, sentence, trigger);
        candidate.ReferenceOnly = strongReference || IsDefiniteInPhrase(document, sentence, trigger)
            || ((state.SeenTypes.Contains(candidate.Type) || candidate.Type == EventTaxonomy.Agreement) && candidate.Date is null && IsDefinite(document, sentence, trigger));
        if (candidate.ReferenceOnly && candidate.TargetsByDefault)
        {
            // A reference fills in the act it refers to; guessed targets would only steer it to the wrong one.
            candidate.Targets.Clear();
            candidate.TargetsByDefault = false;
        }

        // "in response to the US airstrike that killed X": a definite act the article never told, with its doer and target named, stands on its own.
        candidate.SelfContained = candidate.ReferenceOnly && !strongReference && !candidate.ActorsFromSubject && candidate.Actors.Count > 0 && candidate.Targets.Count > 0;
        if (candidate.ReferenceOnly && candidate.ActorsFromSubject && !candidate.Mutual && !trigger.Pattern.Reference && !finder.HasAgentVerbBefore(sentence, trigger))
        {
            // "Abdul-Mahdi spoke out against the attack", "X blamed Y for the attack": the subject of a back-reference's clause did not do the act.
            candidate.Actors.Clear();
        }

        candidate.Distinct = IsMarkedDistinct(document, sentence, trigger);
        state.SeenTypes.Add(candidate.Type);
        candidate.Sentences.Add(s);
        if (candidate.Actors.Count > 0)
        {
            state.LastActors = [.. candidate.Actors];
            state.LastSentence = s;
        }

        return candidate;
    }

    /// <summary>Appeals, mediation, threats and accusations are addressed to someone: the article's main parties when the sentence names none.</summary>
    private static void AddDefaultTargets(EventCandidate candidate, TriggerMatch trigger, ActorIndex index)
    {
        int wanted = candidate.Type switch
        {
            EventTaxonomy.Appeal or EventTaxonomy.Mediation => 2,
            EventTaxonomy.Threat or EventTaxonomy.Accusation or EventTaxonomy.DiplomaticDowngrade => 1,
            EventTaxonomy.Deescalation when !candidate.Mutual && candidate.Actors.Count == 1 => 1,
            // Talks have two sides: "the American team discussing nuclear forces" talks with the article's other party.
            EventTaxonomy.Consultation when candidate.Actors.Count == 1 && !trigger.Pattern.Text.StartsWith("convene", StringComparison.Ordinal) => 1,
            EventTaxonomy.Strike when candidate.Actors.Count > 0 && !candidate.Mutual => 1,
            _ => 0,
        };
        if (candidate.Targets.Count > 0 || candidate.Actors.Count == 0 || wanted == 0)
        {
            return;
        }

        foreach (string party in index.MainParties)
        {
            if (candidate.Targets.Count < wanted && !candidate.Actors.Contains(party))
            {
                candidate.TargetsByDefault = true;
                candidate.Targets.Add(party);
            }
        }
    }

    /// <summary>The event layer, with casualty links both ways.</summary>
    private static EventLayer Finish(Document document, ExtractedFacts facts, List<EventCandidate> events)
    {
        ImmutableArray<CasualtyEntity> casualties = facts.Casualties;
        var casualtyEvents = new int?[casualties.Length];
        var links = new List<int>[events.Count];
        for (int c = 0; c < casualties.Length; c++)
        {
            int s = document.SentenceAt(casualties[c].Start);
            int e = FindEventFor(events, s);
            if (e >= 0)
            {
                casualtyEvents[c] = e;
                (links[e] ??= []).Add(c);
            }
        }

        var records = ImmutableArray.CreateBuilder<EventEntity>(events.Count);
        for (int e = 0; e < events.Count; e++)
        {
            EventCandidate c = events[e];
            ImmutableArray<string> weapons = c.Type == EventTaxonomy.Strike ? [.. c.Weapons] : [];
            records.Add(new EventEntity(
                c.Type,
                EventTaxonomy.Cameo(c.Type, weapons),
                EventTaxonomy.Plover(c.Type, weapons),
                [.. c.Actors],
                [.. c.Targets],
                c.Location,
                c.Date,
                weapons,
                links[e] is null ? [] : [.. links[e]],
                c.Confidence,
                c.Attribution,
                c.Start,
                c.End));
        }

        return new EventLayer(records.MoveToImmutable(), ImmutableCollectionsMarshal.AsImmutableArray(casualtyEvents));
    }

    /// <summary>The strike (else any event) that sentence <paramref name="s"/> or a neighbour reports; -1 if none.</summary>
    private static int FindEventFor(List<EventCandidate> events, int s)
    {
        foreach (int distance in (ReadOnlySpan<int>)[0, -1, 1])
        {
            int any = -1;
            for (int e = 0; e < events.Count; e++)
            {
                if (events[e].Sentences.Contains(s + distance))
                {
                    if (events[e].Type == EventTaxonomy.Strike)
                    {
                        return e;
                    }

                    any = any < 0 ? e : any;
                }
            }

            if (any >= 0 && distance == 0)
            {
                return any;
            }
        }

        return -1;
    }

    /// <summary>What the extractor remembers from sentence to sentence.</summary>
    private sealed class SentenceState
    {
        public List<string> LastActors { get; set; } = [];

        public int LastSentence { get; set; } = -10;

        public HashSet<string> SeenTypes { get; } = new(StringComparer.Ordinal);
    }
}
