using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// Acts told as a habit, not as an act the article reports: a habit adverb (<c>habit-adverbs</c>: "often", "regularly") before the
/// trigger in <see cref="IrrealisFilter"/>'s look-back, inside the trigger's span or right after it ("he talked often with the Fund's
/// managing director", "the two ministers meet regularly"), and "in the past" anywhere in the sentence when no span of time follows
/// it ("has attacked Soviet interests in the past"; "in the past 3 days" is this week's news). The habit adverbs are this one list:
/// the irrealis list no longer repeats them (session 20).
/// </summary>
internal static class HabitualActs
{
    /// <summary>Adverbs of habit ("often", "regularly"), <c>habit-adverbs</c>.</summary>
    private static readonly WordClass HabitAdverbs = Lexicon.Default.Class("events/habit-adverbs");

    // "in the past 3 days", "in the past few weeks": the unit of time stands at most three words after "past".
    private const int SpanReach = 3;

    /// <summary>True when token <paramref name="t"/> is a habit adverb.</summary>
    public static bool IsHabitAdverb(Document document, int t) => document.IsWordOf(t, HabitAdverbs);

    /// <summary>True when a habit adverb stands inside the trigger's span or right after it, or the sentence tells the act as done "in the past".</summary>
    public static bool IsHabitual(Document document, Sentence sentence, TriggerMatch trigger)
    {
        for (int t = trigger.FirstToken + 1; t <= trigger.LastToken + 1 && t < sentence.EndToken; t++)
        {
            if (document.IsWordOf(t, HabitAdverbs))
            {
                return true;
            }
        }

        return InThePast(document, sentence);
    }

    /// <summary>
    /// "shells had in the past fallen in the desert", "HAS CLAIMED CREDIT FOR SEVERAL GUERRILLA ATTACKS IN THE PAST": "in the past" with
    /// no span of time after it, in any letter case (a bulletin in capitals says it as often as a wire story).
    /// </summary>
    private static bool InThePast(Document document, Sentence sentence)
    {
        for (int t = sentence.FirstToken + 2; t < sentence.EndToken; t++)
        {
            if (IsWord(document, t, "past") && IsWord(document, t - 1, "the") && IsWord(document, t - 2, "in") && !SpanFollows(document, sentence, t))
            {
                return true;
            }
        }

        return false;
    }

    // "in the past week", "in the past 3 days", "IN THE PAST FEW HOURS": a span of time (time-spans) within reach, before any punctuation.
    private static bool SpanFollows(Document document, Sentence sentence, int past)
    {
        for (int t = past + 1; t < sentence.EndToken && t <= past + SpanReach; t++)
        {
            Token token = document.Tokens[t];
            if (token.Kind is TokenKind.Punctuation or TokenKind.Dash or TokenKind.Bracket)
            {
                return false;
            }

            if (document.IsWordOf(t, EventWords.TimeSpans))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWord(Document document, int t, string word) =>
        document.Span(document.Tokens[t]).Equals(word, StringComparison.OrdinalIgnoreCase);
}
