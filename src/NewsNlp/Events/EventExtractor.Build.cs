using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NewsNlp.Extraction.Casualties;
using NewsNlp.Text;

namespace NewsNlp.Events;

/// <summary>Candidates into the event layer, with casualty links.</summary>
internal sealed partial class EventExtractor
{
    /// <summary>The event layer, with casualty links both ways.</summary>
    private static EventLayer Finish(Document document, ExtractedFacts facts, List<EventCandidate> events)
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
                c.End));
        }

        return new EventLayer(records.MoveToImmutable(), ImmutableCollectionsMarshal.AsImmutableArray(casualtyEvents));
    }

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
