using System.Collections.Immutable;
using NewsNlp.Events;
using NewsNlp.Extraction.Casualties;
using NewsNlp.Extraction.Dates;
using NewsNlp.Text;

namespace NewsNlp.Records.Building;

/// <summary>Date, casualty and event records from their layers; casualties carry their event links.</summary>
internal static class FactRecords
{
    /// <summary>One record per temporal expression, in text order.</summary>
    public static ImmutableArray<DateRecord> Dates(Document document, ImmutableArray<DateEntity> dates) =>
        ImmutableArray.CreateRange(dates, (date, doc) => new DateRecord
        {
            Text = doc.Substring(date.Start, date.End),
            Start = date.Start,
            End = date.End,
            Type = date.Type,
            Value = date.Value,
            Date = date.Date,
            TimexType = date.TimexType ?? TimexTypeOf(date.Type),
            TimexValue = date.TimexValue,
            Mod = date.Mod,
        }, document);

    /// <summary>One record per reported count; <see cref="CasualtyRecord.Event"/> from the event layer's links.</summary>
    public static ImmutableArray<CasualtyRecord> Casualties(Document document, ImmutableArray<CasualtyEntity> casualties, EventLayer? events)
    {
        var records = ImmutableArray.CreateBuilder<CasualtyRecord>(casualties.Length);
        for (int i = 0; i < casualties.Length; i++)
        {
            CasualtyEntity c = casualties[i];
            records.Add(new CasualtyRecord
            {
                Kind = c.Kind,
                Count = c.Count,
                Min = c.Min,
                Max = c.Max,
                Approximate = c.Approximate,
                Groups = c.Groups,
                Attribution = c.Attribution,
                Scope = c.Scope,
                Country = c.Country,
                Event = events is not null && i < events.CasualtyEvents.Length ? events.CasualtyEvents[i] : null,
                Text = document.Substring(c.Start, c.End),
                Start = c.Start,
                End = c.End,
                Mentions = c.Mentions.IsDefaultOrEmpty
                    ? [new TextMention(document.Substring(c.Start, c.End), c.Start, c.End)]
                    : ImmutableArray.CreateRange(c.Mentions, (m, doc) => new TextMention(doc.Substring(m.Start, m.End), m.Start, m.End), document),
            });
        }

        return records.MoveToImmutable();
    }

    /// <summary>One record per event, in the layer's order.</summary>
    public static ImmutableArray<EventRecord> Events(Document document, ImmutableArray<EventEntity> events) =>
        ImmutableArray.CreateRange(events, (e, doc) => new EventRecord
        {
            Type = e.Type,
            Cameo = e.Cameo,
            Plover = e.Plover,
            Actors = e.Actors,
            Targets = e.Targets,
            Location = e.Location,
            Date = e.Date,
            Weapons = e.Weapons,
            Casualties = e.Casualties,
            Confidence = e.Confidence,
            Attribution = e.Attribution,
            Text = doc.Substring(e.Start, e.End),
            Start = e.Start,
            End = e.End,
            Mentions = ImmutableArray.CreateRange(e.Mentions, (m, d) => new TextMention(d.Substring(m.Start, m.End), m.Start, m.End), doc),
        }, document);

    /// <summary>The TIMEX3 type: the record's type in capitals (one shared string per type, not one per record).</summary>
    private static string TimexTypeOf(string type) => type switch
    {
        "date" => "DATE",
        "time" => "TIME",
        "duration" => "DURATION",
        "set" => "SET",
        _ => type.ToUpperInvariant(),
    };
}
