using System.Globalization;

namespace NewsNlp;

/// <summary>Every user-facing message text, in one place so tests can assert against them.</summary>
internal static class Messages
{
    /// <summary>A text over the configured size limit.</summary>
    public static string ArticleTooLong(int length, int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"The article is {length} characters long; the limit is {limit} (NewsExtractorOptions.MaxTextLength).");

    /// <summary>A stream that does not hold an event classifier model.</summary>
    public const string NotAnEventModel = "The stream does not hold a NewsNlp event classifier model of this version.";

    /// <summary>An embedded gazetteer missing from the assembly (a packaging error, never the caller's fault).</summary>
    public static string MissingResource(string logicalName) =>
        string.Create(CultureInfo.InvariantCulture, $"The embedded resource '{logicalName}' is missing from the NewsNlp assembly.");
}
