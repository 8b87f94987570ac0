using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace NewsNlp.Benchmarks.Allocations;

/// <summary>
/// Reads a <c>.nettrace</c> written with both sampled-allocation keywords on (the runtime then
/// logs every allocation, each event's <c>ObjectCountForTypeSample</c> counting the objects since
/// the previous event of that type) and sums the allocations inside the markers, by type and,
/// when the trace has method rundown, by the innermost <c>NewsNlp</c> method on the stack.
/// </summary>
public sealed class AllocationTrace
{
    private AllocationTrace()
    {
    }

    public long Objects { get; private set; }

    /// <summary>Bytes as the events report them (object sizes before 8-byte alignment).</summary>
    public long Bytes { get; private set; }

    public int EventsLost { get; private set; }

    public bool SawMarkers { get; private set; }

    public Dictionary<string, (long Objects, long Bytes)> ByType { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, (long Objects, long Bytes)> ByMethod { get; } = new(StringComparer.Ordinal);

    /// <summary>Reads <paramref name="path"/>; <paramref name="stacks"/> also charges allocations to methods
    /// (needs rundown in the trace), <paramref name="siteTypes"/> splits each method's row by type.</summary>
    public static AllocationTrace Read(string path, bool stacks, bool siteTypes)
    {
        var result = new AllocationTrace();
        var names = new Dictionary<ulong, string>();
        var byTypeId = new Dictionary<ulong, (long Objects, long Bytes)>();
        Guid markers = EventSource.GetGuid(typeof(AllocationMarkers));
        int thread = -1;
        bool inside = false;
        TraceLog? log = stacks ? new TraceLog(TraceLog.CreateFromEventPipeDataFile(path)) : null;
        using (TraceEventDispatcher source = log is null ? new EventPipeEventSource(path) : log.Events.GetSource())
        {
            var clr = new ClrTraceEventParser(source);
            clr.TypeBulkType += (GCBulkTypeTraceData d) =>
            {
                for (int i = 0; i < d.Count; i++)
                {
                    GCBulkTypeValues v = d.Values(i);
                    names.TryAdd(v.TypeID, v.TypeName);
                }
            };
            clr.GCSampledObjectAllocation += (GCSampledObjectAllocationTraceData d) =>
            {
                if (!inside || d.ThreadID != thread)
                {
                    return;
                }

                byTypeId.TryGetValue(d.TypeID, out var sum);
                byTypeId[d.TypeID] = (sum.Objects + d.ObjectCountForTypeSample, sum.Bytes + d.TotalSizeForTypeSample);
                if (log is not null)
                {
                    string site = Site(d.CallStack());
                    if (siteTypes)
                    {
                        site += "  [" + (names.TryGetValue(d.TypeID, out string? tn) ? tn : "?") + "]";
                    }

                    result.ByMethod.TryGetValue(site, out var s);
                    result.ByMethod[site] = (s.Objects + d.ObjectCountForTypeSample, s.Bytes + d.TotalSizeForTypeSample);
                }
            };
            source.AllEvents += e =>
            {
                if (e.ProviderGuid != markers)
                {
                    return;
                }

                if ((int)e.ID == AllocationMarkers.BeginId)
                {
                    inside = true;
                    thread = e.ThreadID;
                }
                else if ((int)e.ID == AllocationMarkers.EndId && e.ThreadID == thread)
                {
                    inside = false;
                    result.SawMarkers = true;
                }
            };
            source.Process();
            result.EventsLost = source.EventsLost;
        }

        log?.Dispose();
        foreach (var (typeId, sum) in byTypeId)
        {
            string name = names.TryGetValue(typeId, out string? n) && n.Length > 0 ? n : $"type 0x{typeId:x}";
            result.ByType.TryGetValue(name, out var total);
            result.ByType[name] = (total.Objects + sum.Objects, total.Bytes + sum.Bytes);
            result.Objects += sum.Objects;
            result.Bytes += sum.Bytes;
        }

        return result;
    }

    // The innermost library method on the stack ("NewsNlp.X.Method <- caller"), so a BCL helper
    // (List.Grow, string.Concat, LINQ) is charged to the NewsNlp code that called it.
    private static string Site(TraceCallStack? stack)
    {
        string? innermost = null;
        for (TraceCallStack? s = stack; s is not null; s = s.Caller)
        {
            string method = s.CodeAddress.FullMethodName;
            if (method.StartsWith("NewsNlp.", StringComparison.Ordinal) && !method.StartsWith("NewsNlp.Benchmarks.", StringComparison.Ordinal))
            {
                if (innermost is null)
                {
                    innermost = Short(method);
                    continue;
                }

                return $"{innermost} <- {Short(method)}";
            }
        }

        return innermost ?? (stack is null ? "(no stack)" : "(outside NewsNlp)");
    }

    // "NewsNlp.Events.EventMerger.Merge(class ...)" -> "EventMerger.Merge".
    private static string Short(string method)
    {
        int paren = method.IndexOf('(', StringComparison.Ordinal);
        string name = paren < 0 ? method : method[..paren];
        bool ctor = name.EndsWith("..ctor", StringComparison.Ordinal);
        string type = ctor ? name[..^6] : name[..Math.Max(0, name.LastIndexOf('.'))];
        string member = ctor ? ".ctor" : name[(type.Length + 1)..];
        return $"{type[(type.LastIndexOf('.') + 1)..]}.{member}";
    }
}
