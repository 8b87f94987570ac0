using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NewsNlp.Extraction.Casualties;
using NewsNlp.Text;

namespace NewsNlp.Events;

/// <summary>Turns the merged candidates into the event layer, linking casualties to events both ways.</summary>
internal static class EventLayerBuilder
{
    /// <summary>The event layer, with casualty links both ways.</summary>
    public static EventLayer Finish(Document document, ExtractedFacts facts, List<EventCandidate> events)
    {
        ImmutableArray<CasualtyEntity> casualties = facts.Casualties;
        var casualtyEvents = new int?[casualties.Length];
        var links = new List<int>[events.Count];
        for (int c = 0; c < casualties.Length; c++)
        {
            int s = document.SentenceAt(casualties[c].Start);
            int e = FindEventFor(events, s);
            if (e >= 0)
            {
                casualtyEvents[c] = e;
                (links[e] ??= []).Add(c);
            }
        }

        var records = ImmutableArray.CreateBuilder<EventEntity>(events.Count);
        for (int e = 0; e < events.Count; e++)
        {
            EventCandidate c = events[e];
            ImmutableArray<string> weapons = c.Type == EventTaxonomy.Strike ? [.. c.Weapons] : [];
            records.Add(new EventEntity(
                c.Type,
                EventTaxonomy.Cameo(c.Type, weapons),
                EventTaxonomy.Plover(c.Type, weapons),
                [.. c.Actors],
                [.. c.Targets],
                c.Location,
                c.Date,
                weapons,
                links[e] is null ? [] : [.. links[e]],
                c.Confidence,
                c.Attribution,
                c.Start,
                c.End,
                Mentions(c)));
        }

        return new EventLayer(records.MoveToImmutable(), ImmutableCollectionsMarshal.AsImmutableArray(casualtyEvents));
    }

    /// <summary>Every reference's evidence span, the event's own included, in text order.</summary>
    private static ImmutableArray<(int Start, int End)> Mentions(EventCandidate c) =>
        [.. c.MergedEvidence.Append((c.Start, c.End)).Order()];

    /// <summary>The strike (else any event) that sentence <paramref name="s"/> or a neighbour reports; -1 if none.</summary>
    private static int FindEventFor(List<EventCandidate> events, int s)
    {
        foreach (int distance in (ReadOnlySpan<int>)[0, -1, 1])
        {
            int any = -1;
            for (int e = 0; e < events.Count; e++)
            {
                if (events[e].Sentences.Contains(s + distance))
                {
                    if (events[e].Type == EventTaxonomy.Strike)
                    {
                        return e;
                    }

                    any = any < 0 ? e : any;
                }
            }

            if (any >= 0 && distance == 0)
            {
                return any;
            }
        }

        return -1;
    }
}
