using NewsNlp.Events.Filters;
using NewsNlp.Extraction.Countries;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Arguments;

/// <summary>
/// Where a strike was done, when its clause names no target: "a car bomb exploded near a police station in Baghdad", "rebels
/// attacked an army base in northern Uganda". The guidelines code the country a strike was done in as its target; the place
/// phrase after "in", "near", "inside" or "across" names it, read from the gazetteer (a lone city names no country the article
/// is about, so the country layer does not hold it, but it still says where the act happened).
/// </summary>
internal static class StrikePlace
{
    /// <summary>Nouns of a part of a place ("area", "outskirts", "north") that "of" joins to the place: "in a remote area of northeastern Nigeria".</summary>
    private static readonly WordClass PlacePartNouns = Lexicon.Default.Class("events/place-part-nouns");

    // "in a crowded market in Mosul": a place phrase reaches at most four words past its preposition before the name.
    private const int PhraseReach = 4;

    /// <summary>
    /// The strike's place: in a headline read alone, the one country its places name ("Car Bomb Kills Six in Baghdad"; a headline
    /// drops its prepositions), else the place phrase of its clause (<see cref="InClause"/>). Null when none.
    /// </summary>
    public static string? Of(Document document, Sentence sentence, int clauseStart, int clauseEnd, TriggerMatch trigger) =>
        (document.IsStandaloneHeadline(sentence) ? InHeadline(document, sentence, trigger) : null)
        ?? InClause(document, clauseStart, clauseEnd, trigger);

    /// <summary>
    /// Adds the strike's place to <paramref name="candidate"/>'s targets: a foreign place joins the victims named ("missiles at US troops
    /// in Iraqi bases" = US and IQ, as the gold codes it), and the actor's own country stands for a target nobody else names ("Pakistani
    /// troops raid two terrorist hideouts" = PK>PK, the guidelines' "done to or in"; "shot down a Ukrainian jet near Tehran" stays UA).
    /// Returns the place when it is the actor's own country (a reference's place is no party of the act it names), else null.
    /// </summary>
    public static string? AddTarget(Document document, Sentence sentence, int clauseStart, int clauseEnd, TriggerMatch trigger, EventCandidate candidate)
    {
        // A clash of two sides in one's own country ("clashes between troops and guerrillas in Usulutan") was done by both, in it, to
        // neither: a mutual act's place among its actors adds no target.
        if (Of(document, sentence, clauseStart, clauseEnd, trigger) is not { } place || candidate.Targets.Contains(place)
            || ((candidate.Targets.Count > 0 || (candidate.Mutual && candidate.Actors.Count >= 2)) && candidate.Actors.Contains(place)))
        {
            return null;
        }

        candidate.Targets.Add(place);
        candidate.PlaceTarget = place;
        return candidate.Actors.Contains(place) ? place : null;
    }

    /// <summary>
    /// An attack by nobody named on nobody named, in a sentence under a dateline ("BONN, March 24 - A huge car bomb exploded at the
    /// headquarters of ..."): the dateline's country is where it was done, the only party the text gives (GUIDELINES: the target of an
    /// unnamed attacker's act carries the match). Never with any party named: "BAHRAIN - Unidentified jets attacked Iranian oil rigs"
    /// was done to Iran, not in Bahrain. The clause must name a weapon or an armed agent: "a car ferry struck a pier" is no attack.
    /// </summary>
    public static void AddDatelineTarget(Document document, Sentence sentence, int clauseStart, int clauseEnd, TriggerMatch trigger, EventCandidate candidate, ActorIndex index)
    {
        int prose = Datelines.ProseStart(document, sentence);
        if (candidate.Actors.Count > 0 || candidate.Targets.Count > 0 || prose == sentence.FirstToken || !HasAttackEvidence(document, clauseStart, clauseEnd))
        {
            return;
        }

        for (int m = index.FirstAtOrAfter(sentence.FirstToken); m < index.Mentions.Length && index.Mentions[m].FirstToken < prose; m++)
        {
            if (index.Mentions[m].Form is ActorForm.Name or ActorForm.Capital or ActorForm.Alias or ActorForm.Place)
            {
                candidate.Targets.Add(index.Mentions[m].Code);
                return;
            }
        }
    }

    /// <summary>
    /// An attack by nobody named on nobody named, with no dateline, in a story that names one country only ("THREE BOMBS DESTROYED A
    /// CHECKPOINT THAT WAS BEING BUILT IN SANTA FE, ANTIOQUIA DEPARTMENT" in a Colombian bulletin): the act was done in that country,
    /// the only party the text gives (GUIDELINES, unnamed actors: the target carries the match). Why: explain-events put 8 of the
    /// strikes the corpus's tune split misses at the builder's "no party", most of them bombings in bulletins of one country's
    /// war whose local places (departments, towns) no gazetteer holds. The clause must name a weapon or an armed agent beside the
    /// trigger, whatever the trigger: over ordinary news a strong strike word alone with no party was a labour strike, a mining
    /// "strike", a disease that "strikes" or a hackers' attack far more often than an attack. A claim of responsibility names no
    /// act of its own.
    /// </summary>
    public static void AddStoryTarget(Document document, int clauseStart, int clauseEnd, TriggerMatch trigger, EventCandidate candidate, ActorIndex index)
    {
        if (candidate.Actors.Count > 0 || candidate.Targets.Count > 0 || index.Parties.Length != 1 || trigger.Pattern.Reference
            || !HasAttackEvidence(document, clauseStart, clauseEnd, trigger.FirstToken, trigger.LastToken))
        {
            return;
        }

        candidate.Targets.Add(index.Parties[0]);
    }

    /// <summary>The country of the first place phrase after the trigger in the clause, else of the first before it; or null.</summary>
    public static string? InClause(Document document, int clauseStart, int clauseEnd, TriggerMatch trigger)
    {
        if (!NamesAnAttack(document, clauseStart, clauseEnd, trigger))
        {
            return null;
        }

        string? before = null;
        for (int t = Math.Max(clauseStart, 0); t < clauseEnd; t++)
        {
            if (t >= trigger.FirstToken && t <= trigger.LastToken || !document.IsWordOf(t, EventWords.PlacePrepositions))
            {
                continue;
            }

            if (PlaceAfter(document, t + 1, clauseEnd) is { } code)
            {
                if (t > trigger.LastToken)
                {
                    return code;
                }

                before ??= code;
            }
        }

        return before;
    }

    /// <summary>
    /// True when the trigger is strong, or an armed agent or weapon stands in [<paramref name="first"/>, <paramref name="end"/>): a weak
    /// trigger alone ("killed in a house fire", "hit by selling", "an explosion at a power plant") names no attack to place.
    /// </summary>
    public static bool NamesAnAttack(Document document, int first, int end, TriggerMatch trigger)
    {
        // The trigger's own words do not count: a weak "explosion" is no evidence of itself.
        return !trigger.Pattern.Weak || HasAttackEvidence(document, first, end, trigger.FirstToken, trigger.LastToken);
    }

    // A weapon or armed agent word in [first, end), outside tokens [skipFirst, skipLast].
    private static bool HasAttackEvidence(Document document, int first, int end, int skipFirst = -1, int skipLast = -1)
    {
        for (int t = Math.Max(first, 0); t < end; t++)
        {
            if ((t < skipFirst || t > skipLast) && document.IsWordOf(t, EventWords.AttackEvidenceWords))
            {
                return true;
            }
        }

        return false;
    }

    // "Mother, seven children killed in house fire in Manila": a weak trigger alone names no attack. "Gaza fighting" between
    // Israelis and Palestinians names two countries and leaves the place open.
    private static string? InHeadline(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (trigger.Pattern.Weak && !HeadlineGrammar.IsArmedReport(document, sentence, trigger))
        {
            return null;
        }

        string? code = null;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (document.Tokens[t].Kind == TokenKind.Bracket)
            {
                // "(Canadian Press)", "(AFP)": the feed's source tag, not a place.
                break;
            }

            if (CountryAt(document, t, sentence.EndToken, out int length) is { } found)
            {
                if (code is not null && code != found)
                {
                    return null;
                }

                code = found;
            }

            t += Math.Max(length, 1) - 1;
        }

        return code;
    }

    private static string? PlaceAfter(Document document, int from, int clauseEnd)
    {
        for (int t = from, words = 0; t < clauseEnd && words <= PhraseReach; t++)
        {
            if (CountryAt(document, t, clauseEnd, out int length) is { } code)
            {
                return code;
            }

            if (length > 0)
            {
                // A blocking phrase ("New Jersey", "South China Sea") names a place of no coded country: not "Jersey".
                return null;
            }

            Token token = document.Tokens[t];
            // Another preposition or a clause break ends the phrase: "near a police station in Baghdad" is read from "in"; "of" after a
            // part of a place joins the place itself ("in a remote area of northeastern Nigeria").
            bool partOf = t > from && document.IsWordOf(t - 1, PlacePartNouns) && document.Span(token).Equals("of", StringComparison.OrdinalIgnoreCase);
            if (token.Kind != TokenKind.Word || (document.IsWordOf(t, EventWords.Prepositions) && !partOf))
            {
                return null;
            }

            words += document.IsWordOf(t, EventWords.Determiners) ? 0 : 1;
        }

        return null;
    }

    // The gazetteer, not the country layer: a lone city ("in Baghdad") names no country the article is about, but it still says where
    // the act happened. Length is the tokens the match or a blocking phrase ("New Jersey") covers, 0 when neither starts at t.
    private static string? CountryAt(Document document, int t, int end, out int length)
    {
        bool found = CountryGazetteer.TryMatch(document.Text, document.Tokens.AsSpan(0, end), t, out CountryMatch match);
        length = match.TokenCount;
        // "near Cameroon border": the border of a country is no place inside it.
        return found && !(t + length < end && document.IsWordOf(t + length, EventWords.BorderNouns)) ? match.Code : null;
    }
}
