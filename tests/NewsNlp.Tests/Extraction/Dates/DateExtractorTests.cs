using System.Collections.Immutable;
using System.Globalization;
using NewsNlp.Extraction.Dates;
using NewsNlp.Text;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Extraction.Dates;

/// <summary>
/// Theory tables of news sentences: each case gives the text, the publication date, the expression
/// expected (found at its first occurrence, so offsets are asserted too) and its TIMEX3 value.
/// Split by kind across partial files.
/// </summary>
public sealed partial class DateExtractorTests
{
    internal static ImmutableArray<DateRecord> Extract(string text, string? published)
    {
        var context = new ArticleContext
        {
            Published = published is null ? null : DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        return Stages.Dates(Document.Analyze(text, context));
    }

    /// <summary>Asserts a record with exactly this text at its first occurrence, with this value and type.</summary>
    internal static void AssertFinds(string text, string? published, string expectedText, string? expectedValue, string expectedType = "date")
    {
        int start = text.IndexOf(expectedText, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, "the expected text must be in the sentence");
        ImmutableArray<DateRecord> dates = Extract(text, published);
        DateRecord? found = dates.FirstOrDefault(d => d.Start == start);
        found.Should().NotBeNull($"a date should start at {start} (\"{expectedText}\"); found {string.Join("; ", dates.Select(d => $"{d.Text}@{d.Start}={d.Value}"))}");
        found!.Text.Should().Be(expectedText);
        found.End.Should().Be(start + expectedText.Length);
        text[found.Start..found.End].Should().Be(found.Text);
        found.Value.Should().Be(expectedValue);
        found.Type.Should().Be(expectedType);
        if (expectedValue is { Length: >= 10 } v && char.IsDigit(v[0]) && v[4] == '-' && v[7] == '-' && char.IsDigit(v[9]) && expectedType is "date" or "time")
        {
            found.Date.Should().Be(DateOnly.ParseExact(v[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData("Pakistan and Iran said on Friday they had agreed to de-escalate.", "2024-01-19", "Friday", "2024-01-19")] // past verb on the publication day: that very day
    [InlineData("An Iranian attack on Tuesday evening hit a village.", "2024-01-19", "Tuesday evening", "2024-01-16TEV")] // part of day keeps the day and adds TEV
    [InlineData("Pakistan struck back on Thursday morning, officials said.", "2024-01-19", "Thursday morning", "2024-01-18TMO")] // morning gives TMO
    [InlineData("The strike happened on Wednesday afternoon near the border.", "2024-01-19", "Wednesday afternoon", "2024-01-17TAF")] // afternoon gives TAF
    [InlineData("The ministers spoke by telephone on Thursday night.", "2024-01-19", "Thursday night", "2024-01-18TNI")] // night gives TNI
    [InlineData("The envoy arrived in Islamabad on Saturday night.", "2024-01-19", "Saturday night", "2024-01-13TNI")] // past: the Saturday before a Friday publication
    [InlineData("Officials met on Monday to discuss the crisis.", "2024-01-19", "Monday", "2024-01-15")] // past verb before the weekday
    [InlineData("The talks will resume on Monday, a diplomat said.", "2024-01-19", "Monday", "2024-01-22")] // "will": the next Monday
    [InlineData("The minister would travel to Tehran on Wednesday.", "2024-01-19", "Wednesday", "2024-01-24")] // "would" reads as future
    [InlineData("Voting will take place on Saturday across the country.", "2024-01-19", "Saturday", "2024-01-20")] // future weekday the day after publication
    [InlineData("Iran is expected to respond on Sunday.", "2024-01-19", "Sunday", "2024-01-21")] // "expected to" is future
    [InlineData("Talks are scheduled for Thursday in Doha.", "2024-01-19", "Thursday", "2024-01-25")] // "scheduled" is future; Thursday after a Friday is six days on
    [InlineData("IRAN SAYS IT WILL RESPOND ON MONDAY", "2024-01-19", "MONDAY", "2024-01-22")] // all-caps headline with a future verb
    [InlineData("PAKISTAN RECALLED ITS ENVOY ON WEDNESDAY", "2024-01-19", "WEDNESDAY", "2024-01-17")] // all-caps headline with a past verb
    [InlineData("Protesters gathered last Friday outside the embassy.", "2024-01-19", "last Friday", "2024-01-12")] // "last Friday" on a Friday is a week back
    [InlineData("The summit opened last Monday in Geneva.", "2024-01-19", "last Monday", "2024-01-15")] // "last Monday" is the most recent Monday
    [InlineData("He will fly to Beijing next Monday.", "2024-01-19", "next Monday", "2024-01-22")] // "next Monday" is the first one after
    [InlineData("Elections are due next Sunday.", "2024-01-19", "next Sunday", "2024-01-21")] // "next" wins over tense
    [InlineData("The embassy said this Wednesday that it was closing.", "2024-01-19", "this Wednesday", "2024-01-17")] // "this" keeps the ISO week of publication
    [InlineData("Monday's attack killed 11 people, officials said.", "2024-01-19", "Monday", "2024-01-15")] // possessive "'s" is not part of the span
    [InlineData("A car bomb was on Monday rammed into a military base.", "2019-01-24", "Monday", "2019-01-21")] // Thursday publication, Monday three days earlier
    [InlineData("On Saturday morning, representatives from Iran acknowledged the error.", "2020-01-13", "Saturday morning", "2020-01-11TMO")] // sentence-initial weekday, past verb after it
    [InlineData("Turkey began a military offensive into Syria on Wednesday.", "2019-10-15", "Wednesday", "2019-10-09")] // Tuesday publication, Wednesday of the week before
    [InlineData("Shells fell on Kuwait's northern border on Tuesday.", "1987-10-20", "Tuesday", "1987-10-20")] // the same weekday as publication, past
    [InlineData("The Security Council met behind closed doors on Monday.", "1987-10-19", "Monday", "1987-10-19")] // Monday publication: that Monday
    [InlineData("Late on Sunday, the Kurdish-led forces announced a deal.", "2019-10-15", "Late on Sunday", "2019-10-13")] // "late on" joins the span
    [InlineData("On Thursday, Hatice Cengiz addressed reporters in New York.", "2019-09-29", "Thursday", "2019-09-26")] // Sunday publication
    [InlineData("Thursday, United States military forces killed Qasem Soleimani.", "2020-01-05", "Thursday", "2020-01-02")] // weekday opening the article
    [InlineData("The Boeing 737 jet crashed on Wednesday shortly after take-off.", "2020-01-13", "Wednesday", "2020-01-08")] // past verb before
    [InlineData("Fishermen rescued over 700 asylum seekers on Friday.", "2015-05-18", "Friday", "2015-05-15")] // Monday publication, Friday before
    [InlineData("The company said its chief executive resigned on Tuesday.", "2021-06-10", "Tuesday", "2021-06-08")] // Thursday publication
    [InlineData("Rebels will hand over their weapons on Friday, the army said.", "2021-06-10", "Friday", "2021-06-11")] // future despite "said" later
    [InlineData("The parliament is set to vote on Wednesday.", "2021-06-10", "Wednesday", "2021-06-16")] // "set to" is future
    [InlineData("Police said the suspect was arrested late Friday.", "2021-06-10", "late Friday", "2021-06-04")] // "late" is part of the expression (mod END); past
    [InlineData("The minister resigned last Tuesday after the scandal.", "2021-06-10", "last Tuesday", "2021-06-08")] // last Tuesday from a Thursday
    [InlineData("The ceasefire took effect at dawn on Sunday.", "2021-06-10", "Sunday", "2021-06-06")] // past, Sunday before a Thursday
    [InlineData("Tehran summoned the envoy on Tuesday and protested.", "2024-01-19", "Tuesday", "2024-01-16")] // past -ed verb
    [InlineData("The United Nations will hold an emergency session on Tuesday.", "2024-01-19", "Tuesday", "2024-01-23")] // future session
    public void Extract_Weekday_ResolvesByTenseAndModifier(string text, string published, string expectedText, string expectedValue) =>
        AssertFinds(text, published, expectedText, expectedValue);
}
