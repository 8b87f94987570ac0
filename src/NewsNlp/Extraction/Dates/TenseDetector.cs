using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Dates;

/// <summary>The tense of the clause around a temporal expression, as far as its verbs tell.</summary>
internal enum Tense : byte
{
    /// <summary>No tense marker nearby.</summary>
    Unknown,
    /// <summary>A past-tense verb is the nearest marker ("said", "was", "convened").</summary>
    Past,
    /// <summary>A future marker is the nearest ("will", "would", "is due to").</summary>
    Future,
    /// <summary>A present-tense verb is the nearest ("is", "has"); read like <see cref="Unknown"/>.</summary>
    Present,
}

/// <summary>
/// Guesses whether a temporal expression sits in a past or future clause from the nearest tense
/// marker in its sentence. Cheap: a bounded window of tokens, frozen word sets, no allocation.
/// </summary>
internal static class TenseDetector
{
    /// <summary>How many tokens each side of the expression are read.</summary>
    private const int Window = 10;

    /// <summary>Extra distance for markers after the expression: the verb before it usually governs it.</summary>
    private const int ForwardPenalty = 7;

    /// <summary>How far back a future marker may govern when nothing nearer tells the tense ("will be named commander of the
    /// shuttle for a mission in December").</summary>
    private const int FarFutureWindow = 24;

    private static readonly WordClass Future = Lexicon.Default.Class("dates/tense-future");
    private static readonly WordClass Past = Lexicon.Default.Class("dates/tense-past");
    private static readonly WordClass Present = Lexicon.Default.Class("dates/tense-present");
    private static readonly WordClass NotPast = Lexicon.Default.Class("dates/tense-not-past");
    private static readonly WordClass PastAuxiliaries = Lexicon.Default.Class("dates/tense-past-auxiliaries");
    private static readonly WordClass PerfectAuxiliaries = Lexicon.Default.Class("dates/tense-perfect-auxiliaries");
    private static readonly WordClass PassiveAuxiliaries = Lexicon.Default.Class("dates/tense-passive-auxiliaries");
    private static readonly WordClass AdjectiveLeads = Lexicon.Default.Class("dates/tense-adjective-leads");
    private static readonly WordClass FutureBeforeTo = Lexicon.Default.Class("dates/tense-future-before-to");
    private static readonly WordClass FutureLeads = Lexicon.Default.Class("dates/tense-future-leads");
    private static readonly WordClass IntentVerbs = Lexicon.Default.Class("dates/tense-intent-verbs");
    private static readonly WordClass Prepositions = Lexicon.Default.Class("dates/year-prepositions");
    private static readonly WordClass FarStops = Lexicon.Default.Class("dates/tense-far-stops");
    private static readonly WordClass PerfectModals = Lexicon.Default.Class("dates/tense-perfect-modals");

    /// <summary>The tense of the clause around tokens [<paramref name="first"/>, <paramref name="end"/>) of <paramref name="sentence"/>.</summary>
    public static Tense Detect(Document document, in Sentence sentence, int first, int end)
    {
        if (first > sentence.FirstToken && document.Span(document.Tokens[first - 1]).Equals("since", StringComparison.OrdinalIgnoreCase))
        {
            // "since May" looks back.
            return Tense.Past;
        }

        if (IsWord(document, first, "later") || IsWord(document, first, "earlier"))
        {
            // "later this week", "earlier this month": the expression says its own side of the article date.
            return IsWord(document, first, "later") ? Tense.Future : Tense.Past;
        }

        if (first >= sentence.FirstToken + 3 && IsWord(document, first - 1, "as") && document.IsWordOf(first - 2, FutureLeads) && IsWord(document, first - 3, "as"))
        {
            // "as early as Tuesday", "as soon as next week": a time still to come, whatever the verb's tense.
            return Tense.Future;
        }

        Tense near = Near(document, sentence, first, end, out bool openBehind);
        return near == Tense.Unknown && openBehind ? FarFuture(document, sentence, first, end) : near;
    }

    /// <summary>
    /// A future marker beyond the window with nothing between it and the expression that tells another tense. Not for an
    /// attributive date ("the February meeting", "January's record") nor one inside a phrase of an earlier event ("after an
    /// earthquake Thursday", "than the offer in mid-February"): those keep no tense.
    /// </summary>
    private static Tense FarFuture(Document document, in Sentence sentence, int first, int end)
    {
        if (IsWord(document, first - 1, "the") || (end < sentence.EndToken && document.Tokens[end].Kind == TokenKind.Clitic))
        {
            return Tense.Unknown;
        }

        int lo = Math.Max(sentence.FirstToken, first - FarFutureWindow);
        for (int i = first - 1; i >= lo; i--)
        {
            if (document.IsWordOf(i, FarStops))
            {
                return Tense.Unknown;
            }

            if (i < first - Window)
            {
                Tense t = Classify(document, i);
                if (t == Tense.Future && IsWord(document, i + 1, "to") && (IsWord(document, i + 2, "a") || IsWord(document, i + 2, "the")))
                {
                    // "due to a decline in output": a cause, not a plan.
                    return Tense.Unknown;
                }

                if (t != Tense.Unknown || IsClauseBreak(document, i))
                {
                    return t == Tense.Future ? Tense.Future : Tense.Unknown;
                }
            }
        }

        return Tense.Unknown;
    }

    private static Tense Near(Document document, in Sentence sentence, int first, int end, out bool openBehind)
    {
        openBehind = false;
        Tense best = Tense.Unknown;
        int bestDistance = int.MaxValue;
        int lo = Math.Max(sentence.FirstToken, first - Window);
        int hi = Math.Min(sentence.EndToken, end + Window);
        for (int i = first - 1; i >= lo; i--)
        {
            if (i > sentence.FirstToken && IsWord(document, i, "to") && document.IsWordOf(i - 1, IntentVerbs) && !document.IsWordOf(i + 1, Prepositions))
            {
                // "decided to admit them in March": the date belongs to the infinitive, still ahead of the decision; no side is
                // told. Not "what it agreed to in December": there "to" is a preposition.
                bestDistance = 2 * (first - i);
                break;
            }

            Tense t = Classify(document, i);
            if (t != Tense.Unknown)
            {
                best = t;
                bestDistance = 2 * (first - i);
                break;
            }

            if (IsClauseBreak(document, i))
            {
                break;
            }

            openBehind = i == lo && lo > sentence.FirstToken;
        }

        for (int i = end; i < hi; i++)
        {
            int distance = (2 * (i - end + 1)) + ForwardPenalty;
            if (distance >= bestDistance)
            {
                break;
            }

            Tense t = Classify(document, i);
            if (t != Tense.Unknown)
            {
                return t;
            }

            if (IsClauseBreak(document, i))
            {
                break;
            }
        }

        return best;
    }

    /// <summary>True when the "'s" at <paramref name="i"/> is a possessive ("Monday's attack"), not "is".</summary>
    private static bool IsPossessive(Document document, int i)
    {
        int next = i + 1;
        if (next >= document.Tokens.Length)
        {
            return true;
        }

        Token t = document.Tokens[next];
        ReadOnlySpan<char> w = document.Span(t);
        return t.Kind == TokenKind.Word && !(w.EndsWith("ing", StringComparison.Ordinal) || w.Equals("been", StringComparison.Ordinal) || w.Equals("not", StringComparison.Ordinal));
    }

    private static bool IsWord(Document document, int i, string word) =>
        i >= 0 && i < document.Tokens.Length && document.Span(document.Tokens[i]).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when token <paramref name="i"/> is a past participle ("been", "closed", "gone"), as far as the word lists tell.</summary>
    private static bool IsParticiple(Document document, int i)
    {
        if (i >= document.Tokens.Length || document.Tokens[i].Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> w = document.Span(document.Tokens[i]);
        return w.Equals("been", StringComparison.OrdinalIgnoreCase) || document.Is(i, Past) || (w.Length >= 4 && w.EndsWith("ed", StringComparison.Ordinal));
    }

    private static bool IsClauseBreak(Document document, int i)
    {
        Token t = document.Tokens[i];
        return t.Kind == TokenKind.Punctuation && document.Span(t) is ";" or ":";
    }

    private static Tense Classify(Document document, int i)
    {
        Token t = document.Tokens[i];
        if (t.Kind is not (TokenKind.Word or TokenKind.Clitic))
        {
            return Tense.Unknown;
        }

        ReadOnlySpan<char> w = document.Span(t);
        if (document.Is(i, PerfectModals) && IsWord(document, i + 1, "have") && IsParticiple(document, i + 2))
        {
            // "the March report might have been close", "would have closed on Friday": a modal perfect looks back (not "should
            // have enough supply by the end of the year": "have" the verb).
            return Tense.Past;
        }

        if (document.Is(i, Future) && !(w.Length == 3 && char.IsUpper(w[0]) && w[1] == 'a'))
        {
            if (i > 1 && IsWord(document, i - 1, "been") && document.IsWordOf(i - 2, PastAuxiliaries))
            {
                // "had been due to expire", "had been scheduled": a plan already past.
                return Tense.Past;
            }

            if (i > 0 && (w.Length > 5 || document.Is(i, FutureBeforeTo)) && !w.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                && document.IsWordOf(i - 1, PastAuxiliaries))
            {
                // "was expected to", "were due to": a future seen from the past ("were planning to" is a plan still running),
                // on either side of the article's date; read like no tense, the nearest date.
                return Tense.Present;
            }

            if (!document.Is(i, FutureBeforeTo))
            {
                return Tense.Future;
            }

            // "due to", "planned for": the plan words mark a future only before what is planned.
            return IsWord(document, i + 1, "to") || IsWord(document, i + 1, "for") ? Tense.Future : Tense.Unknown;
        }

        bool pastForm = document.Is(i, Past) || (w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(w[0]) && !document.Is(i, NotPast)
            && !(i > 0 && document.IsWordOf(i - 1, AdjectiveLeads))); // "a still unspecified date", "the revised figures": adjectives
        if (pastForm && !w.Equals("ago", StringComparison.OrdinalIgnoreCase) && i > 0)
        {
            // A participle after an auxiliary: "is expected", "has received", "to be completed".
            if (document.IsWordOf(i - 1, PerfectAuxiliaries))
            {
                return Tense.Present;
            }

            if (document.IsWordOf(i - 1, PassiveAuxiliaries))
            {
                return Tense.Unknown;
            }
        }

        if (pastForm)
        {
            return Tense.Past;
        }

        if ((w.Equals("is", StringComparison.OrdinalIgnoreCase) || w.Equals("are", StringComparison.OrdinalIgnoreCase)) && i + 1 < document.Tokens.Length
            && document.Span(document.Tokens[i + 1]).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            // "is to nominate": a plan.
            return Tense.Future;
        }

        if (document.Is(i, Present) && !(t.Kind == TokenKind.Clitic && w.EndsWith("s", StringComparison.OrdinalIgnoreCase) && IsPossessive(document, i)))
        {
            return Tense.Present;
        }

        return Tense.Unknown;
    }
}
