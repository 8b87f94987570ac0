using System.Text.RegularExpressions;
using NewsNlp.Cli.Report;

namespace NewsNlp.Tests.Cli.Report;

public sealed class HtmlReportTests
{
    private static string Render(int articles)
    {
        var model = new ReportModel();
        for (int i = 0; i < articles; i++)
        {
            model.Add(SampleRecords.Article(i));
        }

        model.Add(SampleRecords.Error(articles));
        return HtmlReport.Render(model, "test <batch>");
    }

    [Fact]
    public void Render_SampleBatch_SelfContainedWithoutExternalAssets()
    {
        string html = Render(5);
        html.Should().StartWith("<!DOCTYPE html>").And.Contain("<svg").And.Contain("<style>").And.Contain("<script>");
        html.Should().NotMatchRegex("(src|href)=\"(https?:)?//");
        html.Should().NotContain("<link").And.NotContain("<img");
        html.Should().Contain("test &lt;batch&gt;");
        html.Should().Contain("6 articles, 5 records, 1 errors");
    }

    [Fact]
    public void Render_SampleBatch_EveryLinkReachesItsEvidence()
    {
        string html = Render(5);
        var anchors = Regex.Matches(html, "href=\"#([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        var ids = Regex.Matches(html, "id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToHashSet();
        anchors.Should().NotBeEmpty().And.OnlyContain(a => ids.Contains(a));
        html.Should().Contain("<mark>killing nine people</mark>");
    }

    [Fact]
    public void Add_SampleBatch_CountsMatrixPeopleAndCasualties()
    {
        var model = new ReportModel();
        for (int i = 0; i < 4; i++)
        {
            model.Add(SampleRecords.Article(i));
        }

        model.Matrix[("PK", "IR")].Count.Should().Be(4);
        model.People["Jalil Abbas Jilani"].Articles.Should().Be(2);
        model.Casualties[("IR", "2024-01")].Killed.Should().Be(36);
        model.Timeline["2024-01"]["attack"].Count.Should().Be(4);
        model.Timeline["2024-01"]["statement"].Count.Should().Be(4);
    }

    [Theory]
    [InlineData("Troops moved. Pakistan struck Iran on Thursday. Officials said.", 14, 22, "", "Pakistan", " struck Iran on Thursday.")] // the sentence around the span
    [InlineData("Pakistan struck Iran.", 0, 8, "", "Pakistan", " struck Iran.")] // at the start of the text
    [InlineData("Pakistan struck Iran.", -1, -1, "", "fallback", "")] // no span: the fallback text alone
    public void From_Span_CutsSentence(string text, int start, int end, string before, string hit, string after)
    {
        var e = Evidence.From("a", null, text, "fallback", start, end);
        (e.Before, e.Hit, e.After).Should().Be((before, hit, after));
    }
}
