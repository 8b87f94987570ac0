using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace NewsNlp.Benchmarks.Allocations;

/// <summary>
/// Reads a <c>.nettrace</c> written with both sampled-allocation keywords on (the runtime then
/// logs every allocation, each event's <c>ObjectCountForTypeSample</c> counting the objects since
/// the previous event of that type) and sums the allocations inside the markers, by type.
/// </summary>
public sealed class AllocationTrace
{
    private AllocationTrace()
    {
    }

    public long Objects { get; private set; }

    public long Bytes { get; private set; }

    public int EventsLost { get; private set; }

    public bool SawMarkers { get; private set; }

    public Dictionary<string, (long Objects, long Bytes)> ByType { get; } = new(StringComparer.Ordinal);

    public static AllocationTrace Read(string path)
    {
        var result = new AllocationTrace();
        var names = new Dictionary<ulong, string>();
        var byTypeId = new Dictionary<ulong, (long Objects, long Bytes)>();
        Guid markers = EventSource.GetGuid(typeof(AllocationMarkers));
        int thread = -1;
        bool inside = false;
        using (var source = new EventPipeEventSource(path))
        {
            source.Clr.TypeBulkType += (GCBulkTypeTraceData d) =>
            {
                for (int i = 0; i < d.Count; i++)
                {
                    GCBulkTypeValues v = d.Values(i);
                    names.TryAdd(v.TypeID, v.TypeName);
                }
            };
            source.Clr.GCSampledObjectAllocation += (GCSampledObjectAllocationTraceData d) =>
            {
                if (!inside || d.ThreadID != thread)
                {
                    return;
                }

                byTypeId.TryGetValue(d.TypeID, out var sum);
                byTypeId[d.TypeID] = (sum.Objects + d.ObjectCountForTypeSample, sum.Bytes + d.TotalSizeForTypeSample);
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
}
