using System.Diagnostics.Tracing;

namespace NewsNlp.Benchmarks.Allocations;

/// <summary>
/// Brackets the measured region in the trace: the counter keeps only allocations made on the
/// thread that wrote <see cref="Begin"/>, between it and <see cref="End"/>.
/// </summary>
[EventSource(Name = ProviderName)]
public sealed class AllocationMarkers : EventSource
{
    public const string ProviderName = "NewsNlp-AllocCount";
    public const int BeginId = 1;
    public const int EndId = 2;

    public static readonly AllocationMarkers Log = new();

    private AllocationMarkers()
    {
    }

    /// <summary>The measured region starts (after set-up and warm-up).</summary>
    [Event(BeginId, Level = EventLevel.Informational)]
    public void Begin() => WriteEvent(BeginId);

    /// <summary>The measured region ends; <paramref name="allocatedBytes"/> is the
    /// <see cref="GC.GetAllocatedBytesForCurrentThread"/> difference over it, for cross-checking.</summary>
    [Event(EndId, Level = EventLevel.Informational)]
    public void End(long allocatedBytes) => WriteEvent(EndId, allocatedBytes);
}
