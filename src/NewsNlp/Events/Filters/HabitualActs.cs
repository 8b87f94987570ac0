using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Events.Filters;

/// <summary>
/// Acts told as a habit by an adverb inside the trigger's span or right after it ("he talked often with the Fund's managing director",
/// "the two ministers meet regularly"): no act the article reports. Before the trigger the same adverbs are read by
/// <see cref="IrrealisFilter"/> from the irrealis list; a gapped pattern ("talk ... with") hid them from that look-back.
/// </summary>
internal static class HabitualActs
{
    /// <summary>Adverbs of habit ("often", "regularly"), <c>habit-adverbs</c>.</summary>
    private static readonly WordClass HabitAdverbs = Lexicon.Default.Class("events/habit-adverbs");

    /// <summary>True when a habit adverb stands inside the trigger's span or right after it.</summary>
    public static bool IsHabitual(Document document, Sentence sentence, TriggerMatch trigger)
    {
        for (int t = trigger.FirstToken + 1; t <= trigger.LastToken + 1 && t < sentence.EndToken; t++)
        {
            if (document.IsWordOf(t, HabitAdverbs))
            {
                return true;
            }
        }

        return false;
    }
}
