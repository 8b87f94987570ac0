using System.Globalization;
using CsCheck;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Extraction.Dates;

/// <summary>Invariants: never throws, offsets inside the text, deterministic, independent of the clock and the culture.</summary>
public sealed class DateExtractorPropertyTests
{
    /// <summary>Date-ish vocabulary mixed with noise, so the recognizer's paths are actually exercised.</summary>
    private static readonly string[] Pieces =
    [
        "on", "Friday", "last", "next", "this", "week", "month", "year", "yesterday", "today", "tomorrow", "night", "morning", "evening",
        "February", "8", "27th", "2024", "1980s", "mid-2020", "Jan.", "19", ",", ".", "-", "ago", "later", "earlier", "the", "previous", "day",
        "two", "three", "days", "weeks", "hours", "for", "decades", "10:30", "a.m.", "p.m.", "0700", "GMT", "noon", "every", "May", "in",
        "said", "will", "would", "BAHRAIN", "\n\n", "\"", "“", "”", "2024-01-19", "2024-13-45", "9999", "0", "00:99", "99:00", "31", "February 30",
        "one and a half", "half an hour", "Christmas", "New Year's Day", "\uD83D\uDE00", "\uD800", "\u0000",
    ];

    private static readonly Gen<string> Texts = Gen.OneOf(
        Gen.String,
        Gen.Int[0, Pieces.Length - 1].Array[0, 40].Select(ix => string.Join(" ", ix.Select(i => Pieces[i]))));

    private static readonly Gen<DateOnly?> Published = Gen.OneOf(
        Gen.Const((DateOnly?)null),
        Gen.Int[DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber].Select(n => (DateOnly?)DateOnly.FromDayNumber(n)),
        Gen.Int[730000, 740000].Select(n => (DateOnly?)DateOnly.FromDayNumber(n)));

    [Fact]
    public void Extract_ArbitraryText_NeverThrowsAndOffsetsPointIntoText()
    {
        Gen.Select(Texts, Published).Sample((text, published) =>
        {
            ArticleRecord record = NewsExtractor.Create().Extract(text, new ArticleContext { Published = published });
            foreach (DateRecord d in record.Dates)
            {
                d.Start.Should().BeInRange(0, text.Length);
                d.End.Should().BeInRange(d.Start + 1, text.Length);
                text[d.Start..d.End].Should().Be(d.Text);
                d.Type.Should().BeOneOf("date", "time", "duration", "set");
            }
        }, iter: 3000);
    }

    [Fact]
    public void Extract_SameInput_SameOutputEveryTime()
    {
        Gen.Select(Texts, Published).Sample((text, published) =>
        {
            var context = new ArticleContext { Published = published };
            var first = NewsExtractor.Create().Extract(text, context).Dates;
            var second = NewsExtractor.Create().Extract(text, context).Dates;
            second.Should().Equal(first);
        }, iter: 1000);
    }

    [Fact]
    public void Extract_UnderOtherCultures_SameOutput()
    {
        Gen.Select(Texts, Published).Sample((text, published) =>
        {
            var context = new ArticleContext { Published = published };
            var expected = NewsExtractor.Create().Extract(text, context).Dates;
            CultureInfo saved = CultureInfo.CurrentCulture;
            try
            {
                foreach (string name in new[] { "tr-TR", "ar-SA", "th-TH", "fa-IR" })
                {
                    CultureInfo.CurrentCulture = new CultureInfo(name);
                    NewsExtractor.Create().Extract(text, context).Dates.Should().Equal(expected);
                }
            }
            finally
            {
                CultureInfo.CurrentCulture = saved;
            }
        }, iter: 200);
    }

    [Fact]
    public void Extract_WithoutPublicationDate_NeverInventsAnAnchor()
    {
        // Without a publication date, relative expressions resolve to nothing whatever the clock says.
        Texts.Sample(text =>
        {
            foreach (DateRecord d in NewsExtractor.Create().Extract(text).Dates)
            {
                if (d.Value is { } v && d.Date is DateOnly day)
                {
                    // A resolved day without a publication date must be anchored on a year written in the text
                    // (directly, or through an earlier resolved date: "2024-01-19 ... this New Year's Day" gives 2025-01-01).
                    v.Should().StartWith(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    System.Text.RegularExpressions.Regex.IsMatch(text, "[0-9]{4}").Should().BeTrue("a resolved day needs a written year to anchor it");
                }
            }
        }, iter: 2000);
    }

    [Fact]
    public void DatesSource_NeverReadsTheClock()
    {
        string folder = SharedData.RepoPath("src", "NewsNlp", "Extraction", "Dates");
        string[] forbidden = ["DateTime.Now", "DateTime.UtcNow", "DateTime.Today", "DateTimeOffset.Now", "DateTimeOffset.UtcNow", "TimeProvider", "Stopwatch", "Environment.TickCount", "CurrentCulture"];
        foreach (string file in Directory.EnumerateFiles(folder, "*.cs"))
        {
            string source = File.ReadAllText(file);
            foreach (string word in forbidden)
            {
                source.Should().NotContain(word, $"{Path.GetFileName(file)} must not read the clock or the culture");
            }
        }
    }
}
