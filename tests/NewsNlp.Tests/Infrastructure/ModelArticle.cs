namespace NewsNlp.Tests.Infrastructure;

/// <summary>The model article, read from the sample's embedded copy (the user's seed document).</summary>
public static class ModelArticle
{
    public const string Id = "pakistan-iran-deescalation";

    public static DateOnly Published { get; } = new(2024, 1, 19);

    private static readonly Lazy<string> Cached = new(() => File.ReadAllText(SharedData.RepoPath("samples", "NewsNlp.Sample", "Articles", Id + ".txt")));

    public static string Text => Cached.Value;

    public static ArticleContext Context => new() { Id = Id, Published = Published };

    public static ArticleRecord Extract() => NewsExtractor.Create().Extract(Text, Context);
}
