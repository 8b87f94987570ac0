using NewsNlp.Extraction.Dates;
using NewsNlp.Text;

namespace NewsNlp.Events.Arguments;

/// <summary>
/// Mentions that look like subjects but are not: asides between commas ("Soleimani, head of Iran's
/// Quds Force, ..."), place appositions ("in Davos, Switzerland"), read around the date records so
/// that "On Thursday, United States forces ..." keeps its subject.
/// </summary>
internal sealed class Asides
{
    // An aside opens a few words before the mention ("Soleimani, head of Iran's Quds Force").
    private static readonly TokenWindow AsideOpening = new(6, 0);

    private readonly Document document;

    private readonly DateEntity[] dates;

    /// <summary>Creates the reader over one document and its resolved dates, sorted by start.</summary>
    public Asides(Document document, DateEntity[] dates)
    {
        this.document = document;
        this.dates = dates;
    }

    /// <summary>"in Davos, Switzerland", "in New York, New York": a place apposition, not a subject.</summary>
    public bool IsPlaceApposition(ActorMention mention, string? word, int at) =>
        word is null && at > 0 && document.Span(document.Tokens[at]) is "," && document.Tokens[at - 1].Kind == TokenKind.Word
        && char.IsUpper(document.Span(document.Tokens[at - 1])[0]) && mention.Form is not (ActorForm.Person or ActorForm.Organization)
        && !IsInsideDate(document.Tokens[at - 1].Start) && !IsIntroductoryPhrase(at);

    /// <summary>
    /// True when the mention sits in an aside between commas before the trigger
    /// ("Soleimani, head of Iran's Quds Force, in an airstrike"; "Iran, which ..., said").
    /// </summary>
    public bool IsInsideAside(ActorMention mention, int trigger)
    {
        int open = -1;
        for (int t = mention.FirstToken - 1; t >= 0 && AsideOpening.Contains(mention.FirstToken, t); t--)
        {
            if (document.Span(document.Tokens[t]) is ",")
            {
                open = t;
                break;
            }
        }

        if (open < 0 || open + 1 >= mention.FirstToken)
        {
            return false;
        }

        // An aside follows a name ("Soleimani, head of ..."); "On Saturday morning, representatives from Iran" opens with an adverbial.
        ReadOnlySpan<char> head = open > 0 ? document.Span(document.Tokens[open - 1]) : [];
        if (open == 0 || IsInsideDate(document.Tokens[open - 1].Start) || (char.IsLower(head[0]) && IsIntroductoryPhrase(open)))
        {
            return false;
        }

        ReadOnlySpan<char> opener = document.Span(document.Tokens[open + 1]);
        if (document.Tokens[open + 1].Kind != TokenKind.Word || !char.IsLower(opener[0]))
        {
            return false;
        }

        for (int t = mention.LastToken + 1; t < trigger; t++)
        {
            if (document.Span(document.Tokens[t]) is ",")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="offset"/> falls inside a date expression ("On Thursday, United States forces ...").</summary>
    private bool IsInsideDate(int offset)
    {
        // The last date starting at or before the offset: dates are sorted and do not overlap.
        int lo = LowerBound.Of<DateEntity>(dates, offset + 1, static d => d.Start);
        return lo > 0 && offset < dates[lo - 1].End;
    }

    /// <summary>"On Saturday morning," "In a statement," "Late on Sunday,": a short phrase from the sentence start opened by a preposition.</summary>
    private bool IsIntroductoryPhrase(int comma)
    {
        int t = comma - 1;
        while (t >= 0 && comma - t <= 5 && document.Tokens[t].Kind is TokenKind.Word or TokenKind.Number)
        {
            t--;
        }

        // The phrase starts the sentence: the token before it ends the previous one (or there is none).
        bool startsSentence = t < 0 || document.Tokens[t].Kind is not (TokenKind.Word or TokenKind.Number);
        return startsSentence && t + 1 < comma && document.IsWordOf(t + 1, EventWords.Prepositions);
    }
}
