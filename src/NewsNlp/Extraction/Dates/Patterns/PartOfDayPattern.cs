namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>
/// A part of the day being told, without a day: "orders came in the morning", "by the evening", "by mid afternoon"
/// (the day is the one last told, or one named later in the sentence). Not "the morning session", "the evening news",
/// "overnight rates": the part must end its phrase and "overnight" is left alone.
/// </summary>
internal sealed class PartOfDayPattern : IDatePattern
{
    /// <summary>The one instance.</summary>
    public static readonly PartOfDayPattern Instance = new();

    /// <inheritdoc/>
    public bool TryMatch(DateScanner s, int i, out TemporalMention m)
    {
        m = default;
        int at = i + 1;
        if (s.Lex(at) is not { Kind: DateWordKind.PartOfDay } part || !(s.Is(i, "the") || s.Is(i, "mid")) || s.Is(at, "overnight")
            || !s.IsAny(i - 1, DateWords.PartOfDayLeads) || !s.EndsPhrase(at + 1) || s.Is(at + 1, "of"))
        {
            return false;
        }

        m = s.New(TemporalKind.PartOfDay, i, at + 1);
        m.Part = (PartOfDay)part.Value;
        m.Mod = s.Is(i, "mid") ? "MID" : null;
        return true;
    }
}
