using System.Collections.Immutable;
using System.Globalization;
using NewsNlp.Extraction.Casualties;
using NewsNlp.Text;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Extraction.Casualties;

/// <summary>Runs the casualty extractor on a text and describes its records compactly.</summary>
internal static class CasualtyTestKit
{
    public static ImmutableArray<CasualtyRecord> Extract(string text, string? title = null, DateOnly? published = null)
    {
        Document document = Document.Analyze(text, new ArticleContext { Title = title, Published = published });
        ImmutableArray<CasualtyRecord> records = Stages.Casualties(document);
        foreach (CasualtyRecord record in records)
        {
            // Evidence always slices the caller's text exactly.
            text[record.Start..record.End].Should().Be(record.Text);
        }

        return records;
    }

    /// <summary>"kind:count:min:max:exact|approx" per record, "; "-separated, "-" for null; "" for none.</summary>
    public static string Describe(string text) => string.Join("; ", Extract(text).Select(Describe));

    public static string Describe(CasualtyRecord r)
    {
        static string N(int? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "-";
        return $"{r.Kind}:{N(r.Count)}:{N(r.Min)}:{N(r.Max)}:{(r.Approximate ? "approx" : "exact")}";
    }
}
