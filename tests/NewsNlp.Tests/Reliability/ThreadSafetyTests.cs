using System.Collections.Concurrent;
using System.Text;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Reliability;

/// <summary>One shared extractor used from many threads gives exactly the records of a sequential run.</summary>
public sealed class ThreadSafetyTests
{
    [Fact]
    public void Extract_ModelArticleAndCorpusOnManyThreads_SameJsonAsSequential()
    {
        var articles = new List<(string Text, ArticleContext Context)> { (ModelArticle.Text, ModelArticle.Context) };
        foreach (string path in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Corpus")).Order(StringComparer.Ordinal))
        {
            articles.Add((File.ReadAllText(path, Encoding.UTF8), new ArticleContext { Id = Path.GetFileName(path), Published = new DateOnly(2024, 1, 19) }));
        }

        AssertParallelMatchesSequential(articles, repeats: 8);
    }

    [SharedDataFact]
    public void Extract_RealNewsOnManyThreads_SameJsonAsSequential()
    {
        string path = SharedData.Path_("data", "news", "news.jsonl");
        List<(string Text, ArticleContext Context)> articles = File.Exists(path)
            ? NewsArticles.Load(path, 300)
            : NewsArticles.Load(SharedData.Path_("articles", "dev30.jsonl"), 30);
        articles.Add((ModelArticle.Text, ModelArticle.Context));

        AssertParallelMatchesSequential(articles, repeats: 2);
    }

    [Fact]
    public void Create_FromManyThreads_OneInstancePerOptions()
    {
        var seen = new ConcurrentBag<NewsExtractor>();
        Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ => seen.Add(NewsExtractor.Create()));
        seen.Distinct().Should().ContainSingle();
    }

    private static void AssertParallelMatchesSequential(List<(string Text, ArticleContext Context)> articles, int repeats)
    {
        NewsExtractor extractor = NewsExtractor.Create();
        string[] sequential = articles.Select(a => RecordJson.Serialize(extractor.Extract(a.Text, a.Context))).ToArray();

        // Every article several times, interleaved, so the same article runs on several threads at once.
        int jobs = articles.Count * repeats;
        var parallel = new string[jobs];
        Parallel.For(0, jobs, new ParallelOptions { MaxDegreeOfParallelism = 8 }, j =>
        {
            (string text, ArticleContext context) = articles[j % articles.Count];
            parallel[j] = RecordJson.Serialize(extractor.Extract(text, context));
        });

        for (int j = 0; j < jobs; j++)
        {
            int i = j % articles.Count;
            parallel[j].Should().Be(sequential[i], "article {0} ({1}) on a worker thread", i, articles[i].Context.Id);
        }
    }
}
