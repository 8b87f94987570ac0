using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Arguments;

/// <summary>Who speaks or acts, as the words around the trigger say (<see cref="VoiceReader"/>).</summary>
internal enum Voice : byte
{
    /// <summary>Nothing found.</summary>
    None,

    /// <summary>"we", "our forces": the party whose statement the article is.</summary>
    Speaker,

    /// <summary>"my government", "our country": a state speaking of itself.</summary>
    StateSpeaker,

    /// <summary>"the guerrillas", "the rebels".</summary>
    Fighters,

    /// <summary>"the government", "the president", "the armed forces".</summary>
    State,
}

/// <summary>The subject of a statement that names no party (<see cref="VoiceReader.StatementSubjectBefore"/>).</summary>
internal enum StatementSubject : byte
{
    /// <summary>Nothing of the kind: a named subject, another phrase, or none.</summary>
    None,

    /// <summary>"WE CALL ON", "WE ARE DEMANDING", "OUR MOVEMENT URGES", quoted or not: the statement's own voice.</summary>
    FirstPerson,

    /// <summary>"IT ALSO DEMANDED", "AT THE SAME TIME, IT URGES": "it" opening its clause, a statement's maker told just before.</summary>
    It,

    /// <summary>"THE DECLARATION CALLS ON", "(THE COMMUNIQUE) ALSO REQUESTS": the statement itself speaking.</summary>
    Statement,
}

/// <summary>
/// Reads the subject of an act that names no party: "we", "my government", "our units", "the guerrillas", "the president"
/// (<see cref="ContextParties"/> says which party each stands for in the article).
/// </summary>
internal sealed class VoiceReader
{
    // "WE ARE VIGOROUSLY CONDEMNING", "THE ARMY AND SECURITY CORPS DEPLOYED": the subject stands a few words before the trigger.
    private static readonly TokenWindow SubjectReach = new(6, 0);

    // "NEUTRALIZED BY OUR RIFLE FIRE", "attacked by the guerrillas": the agent phrase right after a passive trigger.
    private static readonly TokenWindow AgentReach = new(0, 4);

    // Fighters of an armed group without its name ("the guerrillas", "the rebels").
    private static readonly WordClass RebelNouns = Lexicon.Default.Class("events/rebel-nouns");

    // Heads of a definite description of a state ("the president", "the armed forces").
    private static readonly WordClass StateForceNouns = Lexicon.Default.Class("events/state-force-nouns");

    // Nouns after "my" or "our" that make a first-person voice a state's ("my government").
    private static readonly WordClass VoiceStateNouns = Lexicon.Default.Class("events/voice-state-nouns");

    // Nouns of a statement that speaks for its maker ("the communique", "the declaration").
    private static readonly WordClass StatementNouns = Lexicon.Default.Class("events/statement-nouns");

    // Words that make "the ... guerrillas" a part or count of the forces ("the five other rebel groups"), not the side itself.
    private static readonly WordClass PartQuantifiers = Lexicon.Default.Class("events/part-quantifiers");

    private readonly Document document;

    /// <summary>Creates the reader over one document.</summary>
    public VoiceReader(Document document) => this.document = document;

    /// <summary>
    /// The subject before the trigger (or opening it), read back to the clause start over words only: "we", "my/our" and a noun (or the
    /// trigger itself: "OUR TRUCE"), or "the" with a fighters' or state noun. A punctuation mark, a preposition or a clause opener
    /// ends the search: what lies beyond is another phrase or clause. A named party on the way is passed over: had it been the
    /// subject, the finders would have made it the actor.
    /// </summary>
    internal Voice SubjectBefore(Sentence sentence, TriggerMatch trigger, int clauseStart)
    {
        int from = Math.Max(clauseStart, SubjectReach.StartAt(trigger.FirstToken, sentence));
        int at = trigger.FirstToken - 1;
        if (document.Span(document.Tokens[trigger.FirstToken]).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            // A trigger may open with its own subject ("THE GUERRILLAS DEMANDED"): read its first words too.
            at = Math.Min(trigger.LastToken, trigger.FirstToken + 3);
        }
        else if (IsSubjectWord(document.Span(document.Tokens[trigger.FirstToken])))
        {
            // "WE CALL ON", "OUR TRUCE".
            at = trigger.FirstToken;
        }

        for (int t = at; t >= from; t--)
        {
            Token token = document.Tokens[t];
            if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation))
            {
                return Voice.None;
            }

            ReadOnlySpan<char> word = document.Span(token);
            if (word.Equals("we", StringComparison.OrdinalIgnoreCase))
            {
                return IsQuoted(sentence, t) ? Voice.None : Voice.Speaker;
            }

            if (IsFirstPersonPossessive(word))
            {
                // "SINCE THE BEGINNING OF OUR TRUCE", "IN OUR ATTACKS ON": a possessive of the trigger noun itself owns the act however
                // the phrase is governed; "IN OUR TERRITORY ... DEPLOYED" is another phrase, no subject.
                bool ownsTrigger = t == trigger.FirstToken || t == trigger.FirstToken - 1;
                return (IsGoverned(t) && !ownsTrigger) || IsQuoted(sentence, t) ? Voice.None
                    : document.IsWordOf(t + 1, VoiceStateNouns) ? Voice.StateSpeaker : Voice.Speaker;
            }

            if (document.IsWordOf(t, RebelNouns) && DefiniteStart(t) is int d1 && !IsGoverned(d1))
            {
                return Voice.Fighters;
            }

            if (document.IsWordOf(t, StateForceNouns) && DefiniteStart(t) is int d2 && !IsGoverned(d2))
            {
                // "the rebel forces" are the fighters, "the armed forces" the state.
                return HasRebelNoun(d2 + 1, t) ? Voice.Fighters : Voice.State;
            }

            // "and" joins subjects ("THE ARMY AND SECURITY CORPS") and verbs sharing one ("WE CONDEMN ... AND DEMAND").
            if (EventWords.Prepositions.Contains(word) || (document.IsWordOf(t, EventWords.ClauseOpeners) && !word.Equals("and", StringComparison.OrdinalIgnoreCase)))
            {
                return Voice.None;
            }
        }

        return Voice.None;
    }

    /// <summary>"by our rifle fire", "by the guerrillas": the agent phrase of a passive trigger.</summary>
    internal Voice AgentAfter(Sentence sentence, TriggerMatch trigger)
    {
        int end = AgentReach.EndAt(trigger.LastToken, sentence);
        for (int t = trigger.LastToken + 1; t + 1 < end; t++)
        {
            if (!document.Span(document.Tokens[t]).Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            ReadOnlySpan<char> next = document.Span(document.Tokens[t + 1]);
            if (IsFirstPersonPossessive(next))
            {
                return IsQuoted(sentence, t) ? Voice.None : Voice.Speaker;
            }

            if (next.Equals("the", StringComparison.OrdinalIgnoreCase) && t + 2 < sentence.EndToken && document.IsWordOf(t + 2, RebelNouns))
            {
                return Voice.Fighters;
            }

            return Voice.None;
        }

        return Voice.None;
    }

    /// <summary>
    /// The subject of a statement act read back from the trigger to the clause start (or opening the trigger: "WE CALL ON"): "we" or
    /// an ungoverned "our" / "my", quoted or not; "it" opening the sentence or following a comma ("AT THE SAME TIME, IT URGES"); or
    /// "the", "this" or "its" with a statement noun (<c>statement-nouns</c>). Adverbs and auxiliaries between are passed over, and so
    /// are brackets ("(THE COMMUNIQUE) ALSO REQUESTS"); any other mark, a preposition or a clause opener ends the search. Unlike
    /// <see cref="SubjectBefore"/> a quoted "we" counts: whose voice it is does not matter to an act that keeps its actor empty.
    /// </summary>
    internal StatementSubject StatementSubjectBefore(Sentence sentence, TriggerMatch trigger, int clauseStart)
    {
        int from = Math.Max(clauseStart, SubjectReach.StartAt(trigger.FirstToken, sentence));
        int at = IsSubjectWord(document.Span(document.Tokens[trigger.FirstToken])) ? trigger.FirstToken : trigger.FirstToken - 1;
        for (int t = at; t >= from; t--)
        {
            Token token = document.Tokens[t];
            ReadOnlySpan<char> word = document.Span(token);
            if (word is "(" or ")")
            {
                continue;
            }

            if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation))
            {
                return StatementSubject.None;
            }

            if (word.Equals("we", StringComparison.OrdinalIgnoreCase) || (IsFirstPersonPossessive(word) && !IsGoverned(t)))
            {
                return StatementSubject.FirstPerson;
            }

            if (word.Equals("it", StringComparison.OrdinalIgnoreCase))
            {
                return OpensClause(sentence, t) ? StatementSubject.It : StatementSubject.None;
            }

            if (document.IsWordOf(t, StatementNouns))
            {
                return t > sentence.FirstToken && IsStatementDeterminer(document.Span(document.Tokens[t - 1])) ? StatementSubject.Statement : StatementSubject.None;
            }

            if (EventWords.Prepositions.Contains(word) || document.IsWordOf(t, EventWords.ClauseOpeners))
            {
                return StatementSubject.None;
            }
        }

        return StatementSubject.None;
    }

    private static bool IsStatementDeterminer(ReadOnlySpan<char> word) =>
        word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("this", StringComparison.OrdinalIgnoreCase) || word.Equals("its", StringComparison.OrdinalIgnoreCase);

    /// <summary>"IT URGES" at the sentence's start, or after a comma that ends an opening phrase: "it" is the clause's subject, not an object.</summary>
    private bool OpensClause(Sentence sentence, int t)
    {
        int before = t - 1;
        while (before >= sentence.FirstToken && document.Tokens[before].Kind == TokenKind.Quote)
        {
            before--;
        }

        return before < sentence.FirstToken || document.Span(document.Tokens[before]) is ",";
    }

    private bool HasRebelNoun(int from, int end) => document.HasWordOf(from, end, RebelNouns);

    private static bool IsSubjectWord(ReadOnlySpan<char> word) => word.Equals("we", StringComparison.OrdinalIgnoreCase) || IsFirstPersonPossessive(word);

    private static bool IsFirstPersonPossessive(ReadOnlySpan<char> word) =>
        word.Equals("our", StringComparison.OrdinalIgnoreCase) || word.Equals("my", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "the guerrillas", "the armed forces", "the security forces": the index of "the" up to two words before the noun, or null; null
    /// too for a part or count of the forces ("the five other rebel groups").
    /// </summary>
    private int? DefiniteStart(int noun)
    {
        for (int t = noun - 1; t >= 0 && t >= noun - 3; t--)
        {
            Token token = document.Tokens[t];
            if (token.Kind != TokenKind.Word || document.IsWordOf(t, PartQuantifiers))
            {
                return null;
            }

            if (document.Span(token).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>"of the government", "in our territory": a preposition governs the phrase starting at <paramref name="start"/>.</summary>
    private bool IsGoverned(int start) =>
        start > 0 && document.Tokens[start - 1].Kind == TokenKind.Word && EventWords.Prepositions.Contains(document.Span(document.Tokens[start - 1]));

    /// <summary>A quotation mark before <paramref name="token"/> in its sentence: the words are someone's quoted speech, not the article's voice.</summary>
    private bool IsQuoted(Sentence sentence, int token)
    {
        for (int t = sentence.FirstToken; t < token; t++)
        {
            if (document.Tokens[t].Kind == TokenKind.Quote)
            {
                return true;
            }
        }

        return false;
    }
}
