namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>
/// Quarters and halves of a list, for <see cref="YearPartPattern"/>: "the second and fourth quarters", "the third or fourth
/// quarters of 1987", "the first and second halves". TimeBank marks each ordinal as an expression of its own.
/// </summary>
internal static class ListedParts
{
    /// <summary>
    /// An ordinal of a list before a plural part at <paramref name="j"/>: "the second and fourth quarters", "the first and second
    /// halves of 1987". Each ordinal is its own expression ("second", "fourth quarters"), as TimeBank marks them: the quarters of
    /// the year written after the list, recurring ones (SET "XXXX-Q2") in a habitual clause ("is usually done in the second and
    /// fourth quarters"), else those of the year the tense points to (the later members take the first one's year: the resolver
    /// reads <see cref="TemporalMention.Listed"/>).
    /// </summary>
    public static bool TryMatch(DateScanner s, int j, out TemporalMention m)
    {
        m = default;
        int first = s.IsAny(j, DateWords.Ordinals) ? YearPartPattern.OrdinalValue(s.W(j)) : 0;
        if (first is 0 or > 4)
        {
            return false;
        }

        int plural;
        int end;
        if (s.IsAny(j + 1, DateWords.ListJoiners) && ListedOrdinal(s, j + 2) && IsPartPlural(s, j + 3))
        {
            plural = j + 3;
            end = j + 1;
        }
        else if (IsPartPlural(s, j + 1) && s.IsAny(j - 1, DateWords.ListJoiners) && ListedOrdinal(s, j - 2))
        {
            plural = j + 1;
            end = j + 2;
        }
        else
        {
            return false;
        }

        TimeUnit unit = s.IsAny(plural, DateWords.QuarterPlurals) ? TimeUnit.Quarter : TimeUnit.Half;
        if (unit == TimeUnit.Half && first > 2)
        {
            return false;
        }

        m = s.New(TemporalKind.YearPart, j, end);
        m.Unit = unit;
        m.Month = first;
        m.Listed = true;
        int written = s.Is(plural + 1, "of") ? s.YearAt(plural + 2) : 0;
        if (written > 0)
        {
            m.Year = written;
            m.EndToken = end == plural + 1 ? plural + 3 : end;
        }
        else if (InHabitualClause(s, j))
        {
            m.Kind = TemporalKind.Set;
            m.Literal = (unit == TimeUnit.Quarter ? "XXXX-Q" : "XXXX-H") + first.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return true;
    }

    private static bool ListedOrdinal(DateScanner s, int k) => s.IsAny(k, DateWords.Ordinals) && YearPartPattern.OrdinalValue(s.W(k)) is > 0 and <= 4;

    /// <summary>"quarters" or "halves" at <paramref name="k"/>.</summary>
    private static bool IsPartPlural(DateScanner s, int k) => s.IsAny(k, DateWords.QuarterPlurals) || s.Is(k, "halves");

    /// <summary>True when a word of the sentence of token <paramref name="j"/> makes it habitual ("usually", "tend").</summary>
    private static bool InHabitualClause(DateScanner s, int j)
    {
        for (int k = j - 1; s.InSentence(k); k--)
        {
            if (s.IsAny(k, DateWords.HabitualWords))
            {
                return true;
            }
        }

        for (int k = j + 1; s.InSentence(k); k++)
        {
            if (s.IsAny(k, DateWords.HabitualWords))
            {
                return true;
            }
        }

        return false;
    }
}
