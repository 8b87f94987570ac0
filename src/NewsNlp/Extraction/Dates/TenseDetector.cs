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

    private static readonly WordClass Future = Lexicon.Default.Class("dates/tense-future");
    private static readonly WordClass Past = Lexicon.Default.Class("dates/tense-past");
    private static readonly WordClass Present = Lexicon.Default.Class("dates/tense-present");
    private static readonly WordClass NotPast = Lexicon.Default.Class("dates/tense-not-past");
    private static readonly WordClass PastAuxiliaries = Lexicon.Default.Class("dates/tense-past-auxiliaries");
    private static readonly WordClass PerfectAuxiliaries = Lexicon.Default.Class("dates/tense-perfect-auxiliaries");
    private static readonly WordClass PassiveAuxiliaries = Lexicon.Default.Class("dates/tense-passive-auxiliaries");
    private static readonly WordClass AdjectiveLeads = Lexicon.Default.Class("dates/tense-adjective-leads");

    /// <summary>The tense of the clause around tokens [<paramref name="first"/>, <paramref name="end"/>) of <paramref name="sentence"/>.</summary>
    public static Tense Detect(Document document, in Sentence sentence, int first, int end)
    {
        if (first > sentence.FirstToken && document.Span(document.Tokens[first - 1]).Equals("since", StringComparison.OrdinalIgnoreCase))
        {
            // "since May" looks back.
            return Tense.Past;
        }

        Tense best = Tense.Unknown;
        int bestDistance = int.MaxValue;
        int lo = Math.Max(sentence.FirstToken, first - Window);
        int hi = Math.Min(sentence.EndToken, end + Window);
        for (int i = first - 1; i >= lo; i--)
        {
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
        if (document.Is(i, Future) && !(w.Length == 3 && char.IsUpper(w[0]) && w[1] == 'a'))
        {
            if (i > 0 && (w.Length > 5 || w.Equals("due", StringComparison.OrdinalIgnoreCase) || w.Equals("set", StringComparison.OrdinalIgnoreCase))
                && document.IsWordOf(i - 1, PastAuxiliaries))
            {
                // "was expected to", "were due to": a future seen from the past.
                return Tense.Past;
            }

            bool needsTo = w.Equals("due", StringComparison.OrdinalIgnoreCase) || w.Equals("set", StringComparison.OrdinalIgnoreCase)
                || w.Equals("going", StringComparison.OrdinalIgnoreCase) || w.Equals("expected", StringComparison.OrdinalIgnoreCase);
            if (!needsTo)
            {
                return Tense.Future;
            }

            int next = i + 1;
            return next < document.Tokens.Length && document.Span(document.Tokens[next]).Equals("to", StringComparison.OrdinalIgnoreCase) ? Tense.Future : Tense.Unknown;
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
