using System.Collections.Immutable;
using NewsNlp.Text;
using System.Runtime.InteropServices;

namespace NewsNlp.Extraction.Dates;

/// <summary>
/// Finds temporal expressions and resolves them against the article's date: the dateline's when the
/// body opens with one ("BAHRAIN, March 5 -"), else <see cref="ArticleContext.Published"/>.
/// Never reads the clock. Stateless, so thread-safe.
/// </summary>
internal sealed class DateExtractor : IStage
{
    /// <summary>How far a dateline may stray from the publication date and still anchor the article.</summary>
    private const int DatelineSlackDays = 3;

    // The mentions live only during one Extract call: one list per thread serves every document.
    [ThreadStatic]
    private static List<TemporalMention>? scratch;

    // Likewise the resolver: reset for each document rather than allocated for it.
    [ThreadStatic]
    private static DateResolver? resolverScratch;

    /// <summary>Adds the <see cref="DateLayer"/>.</summary>
    public void Run(Document document) => document.Set(new DateLayer(Extract(document)));

    /// <summary>Extracts the dates of <paramref name="document"/>, in text order.</summary>
    public ImmutableArray<DateEntity> Extract(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        List<TemporalMention> mentions = scratch ??= new List<TemporalMention>(32);
        mentions.Clear();
        DateRecognizer.Recognize(document, mentions);
        if (mentions.Count == 0)
        {
            return [];
        }

        DateResolver resolver = resolverScratch ??= new DateResolver(null);
        resolver.Reset(document.Published);
        var records = new DateEntity[mentions.Count];   // wrapped without a copy at the end
        DateOnly? lead = null;
        for (int k = 0; k < mentions.Count; k++)
        {
            TemporalMention m = mentions[k];
            Tense tense = NeedsTense(m) ? TenseDetector.Detect(document, document.Sentences[m.Sentence], m.FirstToken, m.EndToken) : Tense.Unknown;
            DateOnly? sameSentenceDay = m.Kind is TemporalKind.Time or TemporalKind.PartOfDay ? FollowingDay(document, mentions, k, resolver) : null;
            ResolvedDate r = m.Kind == TemporalKind.RelativeDay && lead is DateOnly spokenOn && spokenOn < resolver.Anchor && Quotations.IsInside(document, m.Sentence, m.FirstToken)
                ? resolver.ResolveSpoken(m, spokenOn)
                : resolver.Resolve(m, tense, sameSentenceDay);
            if (lead is null && r.Day is not null && document.Sentences[m.Sentence].Paragraph == document.Sentences[mentions[0].Sentence].Paragraph && k == 0)
            {
                // The lead's day: what quoted speech later in the article calls "today".
                lead = r.Day;
            }
            if (m.IsDateline && r.Day is DateOnly dateline && document.Published is DateOnly published
                && Math.Abs(dateline.DayNumber - published.DayNumber) <= DatelineSlackDays)
            {
                resolver.SetAnchor(dateline);
            }

            records[k] = new DateEntity(m.Start, m.End, r.Type, r.Value, r.Day, r.TimexValue, m.Mod, r.TimexType);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(records);
    }

    private static bool NeedsTense(in TemporalMention m) =>
        (m.DayKind is TemporalKind dayKind && NeedsTense(m with { Kind = dayKind, DayKind = null }))
        || (m.Kind == TemporalKind.Weekday && !m.HasShift)
        || (m.Kind == TemporalKind.YearPart && m.Unit == TimeUnit.Quarter && m.Month > 0 && m.Year == 0 && !m.HasShift)
        || (m.Kind == TemporalKind.RelativeUnit && ((m.Unit == TimeUnit.Week && m.Shift == 0) || (m.Unit == TimeUnit.Weekend && !m.HasShift)
            || (m.Unit == TimeUnit.Year && !m.HasShift && m.Mod == "END") || m.Reported))
        || (m.Kind is TemporalKind.CalendarDate or TemporalKind.Holiday && m.Year == 0)
        || (m.Kind is TemporalKind.Month or TemporalKind.Season && m.Year == 0 && !m.HasShift && !m.Nearest);

    /// <summary>The day named later in the same sentence ("8:30 p.m. on August 27"), if any.</summary>
    private static DateOnly? FollowingDay(Document document, List<TemporalMention> mentions, int k, DateResolver resolver)
    {
        int sentence = mentions[k].Sentence;
        for (int j = k + 1; j < mentions.Count && mentions[j].Sentence == sentence; j++)
        {
            TemporalMention next = mentions[j];
            if (next.Kind is TemporalKind.CalendarDate or TemporalKind.Weekday or TemporalKind.RelativeDay)
            {
                Tense tense = NeedsTense(next) ? TenseDetector.Detect(document, document.Sentences[sentence], next.FirstToken, next.EndToken) : Tense.Unknown;
                return resolver.Peek(next, tense, null).Day;
            }
        }

        return null;
    }
}
