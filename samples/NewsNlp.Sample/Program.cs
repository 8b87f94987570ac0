// The NewsNlp sample: extracts a record from one article and prints it as tables (or JSON).
//   dotnet run --project samples/NewsNlp.Sample                 the embedded model article
//   dotnet run --project samples/NewsNlp.Sample -- --json       the same, as JSON
//   dotnet run --project samples/NewsNlp.Sample -- article.txt [--published 2024-01-19]
using System.Globalization;
using NewsNlp;
using NewsNlp.Sample;

bool json = args.Contains("--json");
string? path = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !IsDate(a));
string? publishedArg = args.SkipWhile(a => a != "--published").Skip(1).FirstOrDefault();

string text;
ArticleContext context;
if (path is null)
{
    text = SampleArticle.Text;
    context = new ArticleContext { Id = SampleArticle.Id, Published = SampleArticle.Published };
}
else
{
    if (!File.Exists(path))
    {
        Console.Error.WriteLine($"No such file: {path}");
        return 2;
    }

    text = File.ReadAllText(path);
    DateOnly? published = publishedArg is null ? null : DateOnly.ParseExact(publishedArg, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    context = new ArticleContext { Id = Path.GetFileNameWithoutExtension(path), Published = published };
}

ArticleRecord record = NewsExtractor.Create().Extract(text, context);
if (json)
{
    Console.WriteLine(RecordJson.Serialize(record, indented: true));
}
else
{
    SummaryPrinter.Print(record);
}

return 0;

static bool IsDate(string s) => DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
