using System.Globalization;
using System.Text;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Reliability;

/// <summary>
/// Extraction never reads the current culture: Turkish (dotless i, different casing) and Saudi
/// Arabic (Um al-Qura calendar, Arabic digits) give byte-identical output to the invariant culture.
/// </summary>
public sealed class CultureTests
{
    private static readonly ArticleContext Context = new() { Id = "culture", Published = new DateOnly(2024, 1, 19) };

    /// <summary>Text that trips culture-sensitive code: capital I and dotted İ, numbers with separators, dates, Arabic.</summary>
    private const string Tricky =
        "ISLAMABAD, Jan. 18 (IRNA) - IRAN and PAKISTAN: Iran's President Ebrahim Raisi said 1,250 people fled and 3.5 percent were " +
        "injured; at least twelve were killed in İstanbul and Iğdır on 16/01/2024. DIYARBAKIR INDIA INDONESIA ITALY IRAQ. " +
        "Prime Minister Anwaar-ul-Haq Kakar met the U.S. envoy on Friday, January 19, 2024 at 10:30 a.m. " +
        "قُتل ٣ أطفال في ١٦ يناير ٢٠٢٤. Twenty-one died, 20-30 wounded, ½ of them children.";

    public static TheoryData<string> Cultures() => new() { "tr-TR", "ar-SA", "az-Latn-AZ", "th-TH", "fa-IR" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Extract_UnderForeignCulture_SameJsonAsInvariant(string culture)
    {
        string[] texts = [Tricky, ModelArticle.Text, .. CorpusTexts()];
        string[] expected = Under(CultureInfo.InvariantCulture, () => texts.Select(Serialize).ToArray());

        string[] actual = Under(CultureInfo.GetCultureInfo(culture), () => texts.Select(Serialize).ToArray());

        for (int i = 0; i < texts.Length; i++)
        {
            actual[i].Should().Be(expected[i], "text {0} (\"{1}\") must not depend on the culture", i, HostileText.Escape(texts[i][..Math.Min(60, texts[i].Length)]));
        }
    }

    [SharedDataFact]
    public void Extract_DevArticlesUnderTurkishAndArabic_SameJsonAsInvariant()
    {
        List<(string Text, ArticleContext Context)> articles = NewsArticles.Load(SharedData.Path_("articles", "dev30.jsonl"), 30);
        string[] expected = Under(CultureInfo.InvariantCulture, () => articles.Select(a => RecordJson.Serialize(NewsExtractor.Create().Extract(a.Text, a.Context))).ToArray());
        foreach (string culture in new[] { "tr-TR", "ar-SA" })
        {
            string[] actual = Under(CultureInfo.GetCultureInfo(culture), () => articles.Select(a => RecordJson.Serialize(NewsExtractor.Create().Extract(a.Text, a.Context))).ToArray());
            actual.Should().Equal(expected, "culture {0} must not change any record", culture);
        }
    }

    [Fact]
    public void Extract_UnderTurkishCulture_CapitalIStillMatchesCaseInsensitively()
    {
        // Sanity check that the switch really happens: Turkish upper-cases 'i' to 'İ'.
        Under(CultureInfo.GetCultureInfo("tr-TR"), () => "i".ToUpper(CultureInfo.CurrentCulture)).Should().Be("\u0130");
    }

    private static string Serialize(string text) => RecordJson.Serialize(NewsExtractor.Create().Extract(text, Context));

    private static IEnumerable<string> CorpusTexts() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"))
            .Where(p => !p.EndsWith("README.md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => File.ReadAllText(p, Encoding.UTF8));

    private static T Under<T>(CultureInfo culture, Func<T> action)
    {
        CultureInfo culture0 = CultureInfo.CurrentCulture;
        CultureInfo ui0 = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture0;
            CultureInfo.CurrentUICulture = ui0;
        }
    }
}
