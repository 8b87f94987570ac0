using NewsNlp.Events;
using NewsNlp.Text;

namespace NewsNlp.Training.Events;

/// <summary>One trigger's way through the extractor, as the trace saw it (character offsets of the trigger, the stage it stopped at).</summary>
/// <param name="Start">The trigger's first character.</param>
/// <param name="End">The trigger's end (exclusive).</param>
/// <param name="Type">The trigger's type.</param>
/// <param name="Pattern">The lexicon phrase, "(tagger)" or "(classifier)".</param>
/// <param name="Stage">Where it stopped, or <see cref="EventStage.Kept"/>.</param>
/// <param name="Detail">The rule's name, the builder's reason or a probability.</param>
/// <param name="ReferenceOnly">For a built candidate: it only refers to an act told elsewhere (merging drops it when it joins nothing).</param>
/// <param name="Parties">For a built candidate: its actors and targets ("IR>PK").</param>
internal sealed record TracedTrigger(int Start, int End, string Type, string Pattern, EventStage Stage, string? Detail, bool ReferenceOnly, string Parties);

/// <summary>An <see cref="IEventTrace"/> that keeps every record of one document (cleared between documents).</summary>
internal sealed class EventTraceLog : IEventTrace
{
    /// <summary>The records of the current document, in the order the extractor made them.</summary>
    public List<TracedTrigger> Triggers { get; } = [];

    /// <inheritdoc/>
    public void Record(Document document, int sentence, TriggerMatch trigger, EventStage stage, string? detail, EventCandidate? candidate) =>
        Triggers.Add(new TracedTrigger(document.Tokens[trigger.FirstToken].Start, document.Tokens[trigger.LastToken].End, trigger.Type, trigger.Pattern.Text, stage, detail,
            candidate?.ReferenceOnly ?? false, candidate is null ? "" : string.Join(',', candidate.Actors) + ">" + string.Join(',', candidate.Targets)));
}

/// <summary>
/// Puts a corpus event the extractor missed at the stage that lost it (issue 15's loss table): the furthest stage that a trigger of
/// its type reached, among the traced triggers overlapping its trigger span or, failing those, the triggers of its type elsewhere
/// in its sentence that overlap no other event of the type.
/// </summary>
internal static class EventLossAttribution
{
    /// <summary>The stages in the loss table's order (the letters of issue 15's brief).</summary>
    public static readonly string[] Classes =
    [
        "a no trigger", "a' only another type's trigger", "b filter", "c scope model", "d builder (party)", "e verifier", "f merged or referenced away",
    ];

    /// <summary>The class of a missed event and its detail (the rule, the builder's reason, the other type, the verifier's probability).</summary>
    /// <param name="type">The gold event's type.</param>
    /// <param name="start">The gold trigger's first character.</param>
    /// <param name="end">The gold trigger's end.</param>
    /// <param name="rowStart">The annotated sentence's first character.</param>
    /// <param name="rowEnd">The annotated sentence's end.</param>
    /// <param name="otherSpans">The trigger spans of the sentence's other gold events of the same type.</param>
    /// <param name="traced">The document's traced triggers.</param>
    public static (string Class, string Detail, TracedTrigger? Trigger) Attribute(string type, int start, int end, int rowStart, int rowEnd,
        IReadOnlyList<(int Start, int End)> otherSpans, IReadOnlyList<TracedTrigger> traced)
    {
        var overlapping = traced.Where(t => t.Start < end && t.End > start).ToList();
        var own = overlapping.Where(t => t.Type == type).ToList();
        if (own.Count == 0)
        {
            own = [.. traced.Where(t => t.Type == type && t.Start >= rowStart && t.Start < rowEnd && !otherSpans.Any(o => t.Start < o.End && t.End > o.Start))];
        }

        if (own.Count == 0)
        {
            return overlapping.Count == 0 ? (Classes[0], "", null) : (Classes[1], string.Join(',', overlapping.Select(t => t.Type).Distinct()), overlapping[0]);
        }

        TracedTrigger furthest = own.OrderByDescending(t => t.Stage).First();
        return furthest.Stage switch
        {
            EventStage.IrrealisSentence => (Classes[2], "IrrealisFilter.IsIrrealisSentence", furthest),
            EventStage.Embedded => (Classes[2], "EmbeddedTriggers", furthest),
            EventStage.TollOfStrike => (Classes[2], "TriggerRules.IsTollOfStrike", furthest),
            EventStage.Rule => (Classes[2], furthest.Detail ?? "", furthest),
            EventStage.Scope => (Classes[3], "", furthest),
            EventStage.Builder => (Classes[4], furthest.Detail ?? "", furthest),
            EventStage.Verifier => (Classes[5], furthest.Detail ?? "", furthest),
            _ => (Classes[6], furthest.ReferenceOnly ? "reference only" : "kept", furthest),
        };
    }

    /// <summary>
    /// Pairs a sentence's gold events with its system events as <c>eval-events</c> does: same type, required gold first, then by
    /// shared actor and target codes. Returns, per gold event, the system event it matched or -1.
    /// </summary>
    public static int[] Match(IReadOnlyList<(string Type, bool Optional, string[] Actors, string[] Targets)> gold,
        IReadOnlyList<(string Type, string[] Actors, string[] Targets)> system)
    {
        var pairs = new List<(int G, int S, int Rank)>();
        for (int g = 0; g < gold.Count; g++)
        {
            for (int s = 0; s < system.Count; s++)
            {
                if (gold[g].Type == system[s].Type)
                {
                    pairs.Add((g, s, (gold[g].Optional ? 0 : 1000) + gold[g].Actors.Count(system[s].Actors.Contains) + gold[g].Targets.Count(system[s].Targets.Contains)));
                }
            }
        }

        int[] matched = [.. Enumerable.Repeat(-1, gold.Count)];
        var used = new bool[system.Count];
        foreach ((int g, int s, _) in pairs.OrderByDescending(p => p.Rank).ThenBy(p => p.G).ThenBy(p => p.S))
        {
            if (matched[g] < 0 && !used[s])
            {
                matched[g] = s;
                used[s] = true;
            }
        }

        return matched;
    }
}
