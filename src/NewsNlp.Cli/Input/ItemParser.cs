using System.Globalization;

namespace NewsNlp.Cli.Input;

/// <summary>Field rules shared by the JSON Lines and CSV readers.</summary>
internal static class ItemParser
{
    /// <summary>Record field names that input fields must not shadow in JSON output.</summary>
    public static readonly HashSet<string> ReservedNames = new(StringComparer.Ordinal)
    {
        "id", "text", "title", "published", "countries", "organizations", "people", "casualties", "dates", "events", "error", "source",
    };

    /// <summary>Parses a <c>published</c> value: <c>YYYY-MM-DD</c>, optionally followed by a time (<c>2024-01-19T08:00:00Z</c>).</summary>
    public static bool TryParsePublished(string raw, out DateOnly date)
    {
        ReadOnlySpan<char> span = raw.AsSpan().Trim();
        if (span.Length > 10 && (span[10] == 'T' || span[10] == ' '))
        {
            span = span[..10];
        }

        return DateOnly.TryParseExact(span, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
