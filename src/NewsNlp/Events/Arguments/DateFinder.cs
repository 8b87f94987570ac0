using NewsNlp.Extraction.Dates;
using NewsNlp.Text;

namespace NewsNlp.Events.Arguments;

/// <summary>
/// The day of an event: the date record nearest the trigger in its sentence, skipping datelines,
/// dates across a subordinator ("after", "in response to"), dates of the report ("said on Friday",
/// a reporting verb before a past perfect). Null when the sentence names no day for the act.
/// </summary>
internal sealed class DateFinder
{
    private readonly Document document;

    private readonly DateEntity[] dates;

    /// <summary>Creates the finder over one document and its resolved dates, sorted by start.</summary>
    public DateFinder(Document document, DateEntity[] dates)
    {
        this.document = document;
        this.dates = dates;
    }

    /// <summary>
    /// The day of the date record in the sentence nearest to the trigger, or null when the
    /// sentence names no day (a null date never contradicts; a wrong one does).
    /// </summary>
    public DateOnly? FindDate(Sentence sentence, TriggerMatch trigger)
    {
        int anchor = document.Tokens[trigger.FirstToken].Start;
        int report = PastPerfectReport(sentence, trigger);
        DateOnly? best = null;
        int bestDistance = int.MaxValue;
        // Only the sentence's own dates: start at the first one, found by binary search, so long articles stay linear.
        for (int i = FirstDateAtOrAfter(sentence.Start); i < dates.Length && dates[i].Start < sentence.End; i++)
        {
            DateEntity date = dates[i];
            if (date.End > sentence.End || IsDateline(sentence, date) || (report >= 0 && date.End <= report))
            {
                continue;
            }

            // "Iran earlier today said its forces attacked last night": a date at a saying verb dates the report; any other date wins.
            int distance = Math.Abs(date.Start - anchor) + (AtSayVerb(date) ? 100_000 : 0);
            if (distance < bestDistance && !SubordinatorBetween(Math.Min(date.End, anchor), Math.Max(date.Start, anchor)))
            {
                bestDistance = distance;
                best = date.Date;
            }
        }

        return best;
    }

    private int FirstDateAtOrAfter(int offset) => LowerBound.Of<DateEntity>(dates, offset, static d => d.Start);

    /// <summary>
    /// "On Saturday, Iran acknowledged it had shot down the jet": the offset of the reporting verb before a
    /// past-perfect trigger (dates before it date the report, not the act), or -1.
    /// </summary>
    private int PastPerfectReport(Sentence sentence, TriggerMatch trigger)
    {
        int had = -1;
        for (int t = trigger.FirstToken - 1, words = 0; t >= sentence.FirstToken && words < 3; t--)
        {
            // Quotes and adverbs do not count: 'had "unintentionally" shot down'.
            ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
            if (word is "had")
            {
                had = t;
                break;
            }

            words += document.Tokens[t].Kind == TokenKind.Quote || word.EndsWith("ly", StringComparison.Ordinal) ? 0 : 1;
        }

        for (int t = had - 1; had >= 0 && t >= sentence.FirstToken; t--)
        {
            ReadOnlySpan<char> word = document.Span(document.Tokens[t]);
            if (EventWords.SayVerbs.Contains(word) || EventWords.AdmissionVerbs.Contains(word))
            {
                return document.Tokens[t].Start;
            }
        }

        return -1;
    }

    /// <summary>True when a saying verb stands right before or after the date ("said on Friday", "yesterday said").</summary>
    private bool AtSayVerb(DateEntity date)
    {
        int first = FirstTokenAt(date.Start);
        int after = FirstTokenAt(date.End);
        bool before = first > 0 && document.IsWordOf(first - 1, EventWords.SayVerbs)
            || (first > 1 && document.Span(document.Tokens[first - 1]) is "on" && document.IsWordOf(first - 2, EventWords.SayVerbs));
        return before || (after < document.Tokens.Length && document.IsWordOf(after, EventWords.SayVerbs));
    }

    /// <summary>"BAGHDAD, March 5 - Iraq said ...": the dateline dates the report, not the event.</summary>
    private bool IsDateline(Sentence sentence, DateEntity date)
    {
        int t = FirstTokenAt(date.End);
        return t < document.Tokens.Length && t - sentence.FirstToken <= 8 && document.Tokens[t].Kind == TokenKind.Dash;
    }

    /// <summary>True when "after", "following", "since", "before" or "in response to" stands between two offsets: a date across it belongs to the other clause.</summary>
    private bool SubordinatorBetween(int from, int to)
    {
        for (int t = FirstTokenAt(from); t < document.Tokens.Length && document.Tokens[t].Start < to; t++)
        {
            if (document.IsWordOf(t, EventWords.DateSubordinators))
            {
                return true;
            }
        }

        return false;
    }

    private int FirstTokenAt(int offset) => LowerBound.Of<Token>(document.Tokens, offset, static t => t.Start);
}
