using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// Acts told as a habit, not as an act the article reports: a habit adverb (<c>habit-adverbs</c>: "often", "regularly") before the
/// trigger in <see cref="IrrealisFilter"/>'s look-back, inside the trigger's span or right after it ("he talked often with the Fund's
/// managing director", "the two ministers meet regularly"), and "in the past" anywhere in the sentence when no span of time follows
/// it ("has attacked Soviet interests in the past"; "in the past 3 days" is this week's news), and a tally of acts in the perfect
/// ("HAS CARRIED OUT SEVERAL DYNAMITE ATTACKS", "HAVE PERPETRATED 10,621 ATTACKS"): many acts summed, no one act told. The habit
/// adverbs are this one list: the irrealis list no longer repeats them (session 20).
/// </summary>
internal static class HabitualActs
{
    /// <summary>Adverbs of habit ("often", "regularly"), <c>habit-adverbs</c>.</summary>
    private static readonly WordClass HabitAdverbs = Lexicon.Default.Class("events/habit-adverbs");

    /// <summary>Quantifiers of many acts ("several", "various", "dozens"), <c>aggregate-quantifiers</c>.</summary>
    private static readonly WordClass AggregateQuantifiers = Lexicon.Default.Class("events/aggregate-quantifiers");

    // "in the past 3 days", "in the past few weeks": the unit of time stands at most three words after "past".
    private const int SpanReach = 3;

    // "SEVERAL DYNAMITE ATTACKS", "APPROXIMATELY 688 MILITARY ACTIONS": at most two modifiers between the quantifier and the trigger.
    private const int ModifierReach = 2;

    // "HAS TAKEN CREDIT FOR SEVERAL", "HAVE ALREADY CARRIED OUT MORE THAN 130": the auxiliary at most five words before the quantifier.
    private const int AuxiliaryReach = 5;

    // A count this large is a tally ("HAS CARRIED OUT 21 ATTACKS" this year); a smaller one counts acts of the news ("has launched
    // three attacks since dawn").
    private const int TallyFloor = 10;

    /// <summary>True when token <paramref name="t"/> is a habit adverb.</summary>
    public static bool IsHabitAdverb(Document document, int t) => document.IsWordOf(t, HabitAdverbs);

    /// <summary>True when a habit adverb stands inside the trigger's span or right after it, the sentence tells the act as done "in the past", or the trigger is a tally of acts.</summary>
    public static bool IsHabitual(Document document, Sentence sentence, TriggerMatch trigger)
    {
        for (int t = trigger.FirstToken + 1; t <= trigger.LastToken + 1 && t < sentence.EndToken; t++)
        {
            if (document.IsWordOf(t, HabitAdverbs))
            {
                return true;
            }
        }

        return InThePast(document, sentence) || IsTally(document, sentence, trigger);
    }

    /// <summary>
    /// A plural trigger after a quantifier of many (<c>aggregate-quantifiers</c>, "dozens of", or a number of at least ten) with "has",
    /// "have" or "had" before it in the clause: "THE FPM HAS TAKEN CREDIT FOR SEVERAL DYNAMITE ATTACKS", "THE URNG HAS CARRIED OUT
    /// APPROXIMATELY 688 MILITARY ACTIONS". Without the perfect a quantified act is one the news tells ("after various clashes
    /// between army troops and rebels, two rebels were killed": the event corpus codes it).
    /// </summary>
    private static bool IsTally(Document document, Sentence sentence, TriggerMatch trigger)
    {
        ReadOnlySpan<char> head = document.Span(document.Tokens[trigger.LastToken]);
        if (head.Length < 3 || head[^1] is not ('s' or 'S'))
        {
            return false;
        }

        int quantifier = -1;
        for (int t = trigger.FirstToken - 1, seen = 0; t >= sentence.FirstToken && seen <= ModifierReach; t--, seen++)
        {
            if (IsBoundary(document, t))
            {
                return false;
            }

            if (document.IsWordOf(t, AggregateQuantifiers) || IsTallyNumber(document.Span(document.Tokens[t])))
            {
                quantifier = t;
                break;
            }

            // "DOZENS OF ATTACKS", "A NUMBER OF ATTACKS".
            if (IsWord(document, t, "of") && t > sentence.FirstToken && document.IsWordOf(t - 1, AggregateQuantifiers))
            {
                quantifier = t - 1;
                break;
            }
        }

        for (int t = quantifier - 1; quantifier >= 0 && t >= sentence.FirstToken && t >= quantifier - AuxiliaryReach; t--)
        {
            if (IsBoundary(document, t))
            {
                return false;
            }

            if (IsWord(document, t, "has") || IsWord(document, t, "have") || IsWord(document, t, "had"))
            {
                return true;
            }
        }

        return false;
    }

    // "688", "10,621": digits (commas between) worth at least the tally floor.
    private static bool IsTallyNumber(ReadOnlySpan<char> word)
    {
        int value = 0;
        foreach (char ch in word)
        {
            if (ch == ',')
            {
                continue;
            }

            if (!char.IsAsciiDigit(ch))
            {
                return false;
            }

            value = Math.Min(value * 10 + (ch - '0'), TallyFloor);
        }

        return value >= TallyFloor;
    }

    private static bool IsBoundary(Document document, int t) => document.Tokens[t].Kind is TokenKind.Punctuation or TokenKind.Dash or TokenKind.Bracket;

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
            if (IsBoundary(document, t))
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
