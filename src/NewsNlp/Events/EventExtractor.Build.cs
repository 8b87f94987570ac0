using System.Collections.Immutable;
using NewsNlp.Text;

namespace NewsNlp.Events;

/// <summary>Candidates into records, with casualty links.</summary>
internal sealed partial class EventExtractor
{
    /// <summary>Events as records, with casualty links both ways.</summary>
    private static EventExtraction Finish(Document document, ExtractedFacts facts, List<EventCandidate> events)
    {
        var casualties = facts.Casualties.ToBuilder();
        var links = new List<int>[events.Count];
        for (int c = 0; c < casualties.Count; c++)
        {
            int s = document.SentenceAt(casualties[c].Start);
            int e = FindEventFor(events, s);
            if (e >= 0)
            {
                casualties[c] = casualties[c] with { Event = e };
                (links[e] ??= []).Add(c);
            }
        }

        var records = ImmutableArray.CreateBuilder<EventRecord>(events.Count);
        for (int e = 0; e < events.Count; e++)
        {
            EventCandidate c = events[e];
            ImmutableArray<string> weapons = c.Type == EventTaxonomy.Strike ? [.. c.Weapons] : [];
            records.Add(new EventRecord
            {
                Type = c.Type,
                Cameo = EventTaxonomy.Cameo(c.Type, weapons),
                Plover = EventTaxonomy.Plover(c.Type, weapons),
                Actors = [.. c.Actors],
                Targets = [.. c.Targets],
                Location = c.Location,
                Date = c.Date,
                Weapons = weapons,
                Casualties = links[e] is null ? [] : [.. links[e]],
                Confidence = c.Confidence,
                Attribution = c.Attribution,
                Text = document.Substring(c.Start, c.End),
                Start = c.Start,
                End = c.End,
            });
        }

        return new EventExtraction(records.MoveToImmutable(), casualties.ToImmutable());
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
