namespace NewsNlp.Sample;

/// <summary>The embedded model article: AFP, 19 January 2024.</summary>
internal static class SampleArticle
{
    public const string Id = "pakistan-iran-deescalation";

    public static DateOnly Published { get; } = new(2024, 1, 19);

    public static string Text { get; } = Load();

    private static string Load()
    {
        using Stream stream = typeof(SampleArticle).Assembly.GetManifestResourceStream("Sample.pakistan-iran-deescalation.txt")
            ?? throw new InvalidOperationException("The sample article is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
