using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>
/// Quarters and halves of a year: "the third quarter", "third-quarter", "the first half", "the
/// 1988 second quarter", "next year's first quarter", "the fourth quarter of 1989", "Q3", "the last
/// half of 1989", and the quarter under discussion ("the quarter", "the latest quarter", "the 1988
/// quarter", "the quarter a year ago"), "last year's quarter" (the same quarter a year back), and listed parts ("the second
/// and fourth quarters": two expressions).
/// </summary>
internal sealed class YearPartPattern : IWordLedPattern
{
    /// <summary>The one instance.</summary>
    public static readonly YearPartPattern Instance = new();

    /// <inheritdoc/>
    public WordStart Start { get; } = new() { Classes = [DateWords.YearPartStarts, DateWords.ShiftWords, DateWords.YearKinds, DateWords.Ordinals], Kinds = [DateWordKind.Month], Shapes = WordShape.Hyphenated | WordShape.QuarterCode };

    /// <inheritdoc/>
    public bool TryMatch(DateScanner s, int i, out TemporalMention m)
    {
        m = default;
        int j = s.Is(i, "the") ? i + 1 : i;
        int year = s.YearAt(j);
        int yearShift = 0;
        bool shifted = false;
        if (year > 0)
        {
            j += s.KindAt(j + 1, TokenKind.Clitic) ? 2 : 1;
        }
        else if (s.IsAny(j, DateWords.ShiftWords) && s.Is(j + 1, "year") && s.KindAt(j + 2, TokenKind.Clitic))
        {
            // "this year's", "next year's".
            yearShift = s.Is(j, "last") ? -1 : s.Is(j, "next") ? 1 : 0;
            shifted = true;
            j += 3;
        }

        int ordinal;
        TimeUnit unit;
        int end;
        if (year == 0 && !shifted && s.IsAny(j, DateWords.YearKinds) && TryPart(s, j + 1, out _, out _, out _))
        {
            // "the fiscal first quarter", "fiscal second-quarter": the kind of year belongs to the expression.
            j++;
        }

        if (!shifted && ListedParts.TryMatch(s, j, out m))
        {
            if (year > 0)
            {
                // "the 1987 first and second halves": the year written before the list.
                m.FirstToken = i;
                m.Year = year;
                m.Kind = TemporalKind.YearPart;
                m.Literal = null;
            }

            return true;
        }

        if (TryPart(s, j, out ordinal, out unit, out end))
        {
            if (year == 0 && !shifted && end == j + 1 && s.Is(i, "the") && !s.W(j).StartsWith('Q'))
            {
                // "the third-quarter loss", "the fiscal second-quarter": the article belongs to the noun the adjective qualifies.
                i++;
            }

            m = s.New(TemporalKind.YearPart, i, end);
            m.Unit = unit;
            m.Month = ordinal;
            m.Year = year;
            m.Shift = yearShift;
            m.HasShift = shifted;
            int of = s.Is(end, "of") ? end + 1 : -1;
            int written = of > 0 ? s.YearAt(of + (s.IsAny(of, DateWords.YearKinds) ? 1 : 0)) : 0;
            if (year == 0 && written > 0)
            {
                // "the fourth quarter of 1989", "the first half of fiscal 1998".
                m.Year = written;
                m.EndToken = of + (s.IsAny(of, DateWords.YearKinds) ? 2 : 1);
            }
            else if (year == 0 && !shifted && of < 0 && s.YearAt(end) is > 0 and int after && !s.IsAny(end + 1, DateWords.MeasureCues))
            {
                // "fourth quarter 1986 profit", "the first half 2020": the year written right after the part.
                m.Year = after;
                m.EndToken = end + 1;
            }
            else if (year == 0 && of > 0 && unit == TimeUnit.Half && DecadeAt(s, of) is { Kind: TemporalKind.Decade } decade)
            {
                // "the last half of the '80s", "the first half of the 1990s": the decade, at its end or start (TIMEX3 mod).
                decade.FirstToken = i;
                decade.Mod = ordinal == 1 ? "START" : "END";
                m = decade;
            }

            return true;
        }

        if (year > 0 && j == i + 2 && s.Is(j, "quarter"))
        {
            // "the 1988 quarter": the quarter under discussion, in the year written.
            m = s.New(TemporalKind.YearPart, i, j + 1);
            m.Unit = TimeUnit.Quarter;
            m.Year = year;
            return true;
        }

        if (shifted && yearShift < 0 && (s.Is(j, "quarter") || s.Is(j, "period")))
        {
            // "last year's quarter", "last year's period": the period reported, a year back (as "the same period last year").
            m = s.New(TemporalKind.SamePeriod, i, j + 1);
            m.Unit = s.Is(j, "quarter") ? TimeUnit.Quarter : TimeUnit.None;
            return true;
        }

        if (s.Lex(j).Kind == DateWordKind.Month && MonthQuarter(s, i, j, year, out m))
        {
            m.Shift = yearShift;
            m.HasShift = shifted;
            return true;
        }

        if (year > 0 && j == i + 2 && s.Is(j, "period"))
        {
            // "the 1988 period": the year's part under discussion; the year is what is named.
            m = s.New(TemporalKind.Year, i, j + 1);
            m.Year = year;
            return true;
        }

        if (j == i + 1 && year == 0 && !shifted)
        {
            // "the quarter", "the latest quarter", "the most recent quarter": the last one reported.
            int lead = s.PhraseLength(j, DateWords.QuarterLeads);
            int k = j + lead;
            if ((s.Is(k, "quarter") && !s.Capitalized(k)) || (lead > 0 && s.Is(k, "period")))
            {
                // "the latest period": in earnings news, the quarter just reported.
                m = s.New(TemporalKind.YearPart, i, k + 1);
                m.Unit = TimeUnit.Quarter;
                m.Shift = s.Is(j, "current") ? 0 : -1;
                if (s.Is(k + 1, "a") && s.Is(k + 2, "year") && s.IsAny(k + 3, DateWords.YearAgoTails))
                {
                    // "the quarter a year ago": the same quarter of the year before, one expression.
                    m.Kind = TemporalKind.Ago;
                    m.Unit = TimeUnit.Year;
                    m.HasShift = true;
                    m.EndToken = k + 4;
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the December quarter", "the December 1986 quarter", "the 1985 December quarter": a quarter named by the month it
    /// ends in (Australian and New Zealand statistics); the quarter is the one holding that month.
    /// </summary>
    private static bool MonthQuarter(DateScanner s, int i, int j, int year, out TemporalMention m)
    {
        m = default;
        int month = MonthNamePattern.MonthAt(s, j, needsDay: false);
        int k = j + 1;
        int written = year == 0 ? s.YearAt(k) : 0;
        k += written > 0 ? 1 : 0;
        if (month == 0 || !s.Is(k, "quarter") || s.Capitalized(k))
        {
            return false;
        }

        m = s.New(TemporalKind.YearPart, i, k + 1);
        m.Unit = TimeUnit.Quarter;
        m.Month = ((month - 1) / 3) + 1;
        m.Year = year > 0 ? year : written;
        return true;
    }

    /// <summary>The decade written at <paramref name="k"/> ("the 1980s", "the '80s"), or a mention of another kind.</summary>
    private static TemporalMention DecadeAt(DateScanner s, int k)
    {
        k += s.Is(k, "the") ? 1 : 0;
        k += s.IsChar(k, '\'') || s.IsChar(k, '\u2019') ? 1 : 0;
        return YearPattern.Instance.TryMatch(s, k, out TemporalMention decade) ? decade : default;
    }

    /// <summary>"third quarter", "third-quarter", "first half", "the last half", "Q3" at <paramref name="j"/>.</summary>
    internal static bool TryPart(DateScanner s, int j, out int ordinal, out TimeUnit unit, out int end)
    {
        ordinal = 0;
        unit = TimeUnit.None;
        end = j + 1;
        ReadOnlySpan<char> w = s.W(j);
        if (w.Length == 2 && w[0] == 'Q' && w[1] is >= '1' and <= '4')
        {
            ordinal = w[1] - '0';
            unit = TimeUnit.Quarter;
            return true;
        }

        if (s.Lex(j + 1) is { Kind: DateWordKind.Number, Value: 2 } && s.Is(j + 2, "quarters") && (s.Is(j, "first") || s.Is(j, "last")) && s.Is(j + 3, "of")
            && s.YearAt(j + 4) > 0)
        {
            // "the first two quarters of 1990": the first half; "the last two quarters of 1989": the second ("the last two
            // quarters" alone is a span back from now, "the first two quarters" a span of a fiscal year).
            unit = TimeUnit.Half;
            ordinal = s.Is(j, "first") ? 1 : 2;
            end = j + 3;
            return true;
        }

        // The unit after the word first (one array read for "quarter"): this runs at most words of a sentence.
        bool quarterNext = s.Lex(j + 1) is { Kind: DateWordKind.Unit, Value: (int)TimeUnit.Quarter };
        bool halfNext = !quarterNext && s.Is(j + 1, "half");
        if ((quarterNext || halfNext) && (s.Is(j, "final") || (s.Is(j, "last") && (halfNext || s.Is(j + 2, "of")))) && s.Is(j - 1, "the"))
        {
            // "the last half of 1989", "the last quarter of 1986", "the final quarter": the second half, the fourth quarter
            // ("the last quarter" alone is the quarter before this one).
            unit = halfNext ? TimeUnit.Half : TimeUnit.Quarter;
            ordinal = unit == TimeUnit.Half ? 2 : 4;
            end = j + 2;
            return true;
        }

        int dash = w.IndexOf('-');
        ReadOnlySpan<char> head = dash > 0 ? w[..dash] : w;
        ReadOnlySpan<char> tail = dash > 0 ? w[(dash + 1)..] : s.W(j + 1);
        bool kindJoined = dash > 0 && Lexicon.Default.Contains(DateWords.YearKinds, head);
        if (kindJoined)
        {
            // "the fiscal-first quarter": the kind of year joined to the ordinal.
            head = tail;
            tail = s.W(j + 1);
        }

        ordinal = dash > 0 || s.IsAny(j, DateWords.Ordinals) ? OrdinalValue(head) : 0;
        if (ordinal == 0)
        {
            return false;
        }

        end = dash > 0 && !kindJoined ? j + 1 : j + 2;
        if (dash <= 0 && s.IsAny(j + 1, DateWords.YearKinds))
        {
            // "the second fiscal quarter".
            tail = s.W(j + 2);
            end = j + 3;
        }

        if (tail.Equals("quarter", StringComparison.OrdinalIgnoreCase))
        {
            unit = TimeUnit.Quarter;
        }
        else if (tail.Equals("half", StringComparison.OrdinalIgnoreCase) && ordinal <= 2)
        {
            unit = TimeUnit.Half;
        }

        return unit != TimeUnit.None;
    }

    /// <summary>The value of an ordinal word ("second": 2), or 0.</summary>
    internal static int OrdinalValue(ReadOnlySpan<char> word)
    {
        if (!Lexicon.Default.Contains(DateWords.Ordinals, word))
        {
            return 0;
        }

        List<string[]> lines = Ordinals.Value;
        for (int k = 0; k < lines.Count; k++)
        {
            foreach (string form in lines[k])
            {
                if (word.Equals(form, StringComparison.OrdinalIgnoreCase))
                {
                    return k + 1;
                }
            }
        }

        return 0;
    }

    private static readonly Lazy<List<string[]>> Ordinals = new(() => OrderedClass.Lines("dates/ordinal-words"));
}
