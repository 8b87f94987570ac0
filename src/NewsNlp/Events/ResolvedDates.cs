using System.Collections.Immutable;
using NewsNlp.Extraction.Dates;

namespace NewsNlp.Events;

/// <summary>The date records the event stage dates acts with: those that name a day, in text order.</summary>
internal static class ResolvedDates
{
    /// <summary>
    /// The dates that name a day, by start offset. The date layer is already in text order, so the
    /// stable sort (LINQ's, as before) is only needed when it is not.
    /// </summary>
    public static DateEntity[] InTextOrder(ImmutableArray<DateEntity> dates)
    {
        int count = 0;
        foreach (DateEntity d in dates)
        {
            count += d.Date is null ? 0 : 1;
        }

        var resolved = new DateEntity[count];
        int k = 0;
        bool sorted = true;
        foreach (DateEntity d in dates)
        {
            if (d.Date is not null)
            {
                sorted &= k == 0 || resolved[k - 1].Start <= d.Start;
                resolved[k++] = d;
            }
        }

        return sorted ? resolved : [.. resolved.OrderBy(d => d.Start)];
    }
}
