using NewsNlp.Text;

namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>A day named relative to the article's: "yesterday", "tonight", "tomorrow morning"; not "today's world".</summary>
internal sealed class RelativeDayPattern : IWordLedPattern
{
    /// <summary>The one instance.</summary>
    public static readonly RelativeDayPattern Instance = new();

    /// <inheritdoc/>
    public WordStart Start { get; } = new() { Kinds = [DateWordKind.RelativeDay] };

    /// <inheritdoc/>
    public bool TryMatch(DateScanner s, int i, out TemporalMention m)
    {
        m = default;
        DateWord w = s.Lex(i);
        if (w.Kind != DateWordKind.RelativeDay)
        {
            return false;
        }

        if (s.KindAt(i + 1, TokenKind.Clitic) && s.IsAny(i + 2, DateWords.GenericPresentNouns) && s.Is(i, "today"))
        {
            // "in today's world", "today's youth": the present age, no day; TimeBank leaves it out.
            return false;
        }

        m = s.New(TemporalKind.RelativeDay, i, i + 1);
        m.Shift = w.Value;
        if (s.Is(i, "tonight"))
        {
            m.Part = PartOfDay.Night;
        }
        else if (s.Lex(i + 1) is { Kind: DateWordKind.PartOfDay } part)
        {
            // "yesterday morning", "tomorrow night".
            m.Part = (PartOfDay)part.Value;
            m.EndToken = i + 2;
        }

        return true;
    }
}
