namespace NewsNlp.Tests.Extraction.Dates;

public sealed partial class DateExtractorTests
{
    [Theory]
    [InlineData("At least 2,000 troops were deployed to the border.")] // a count with a thousands separator
    [InlineData("About 2000 people fled the fighting.")] // "about" makes 2000 a count
    [InlineData("Out of these, 1846 persons were hospitalized.")] // a number before a plural noun is a count
    [InlineData("Flight 1987 landed safely in Karachi.")] // a flight number
    [InlineData("The council passed Resolution 2231 unanimously.")] // a resolution number
    [InlineData("The Long March shaped the party's history.")] // "March" as a noun, no date cue
    [InlineData("Protesters may march to parliament.")] // "may" and "march" lowercase are verbs
    [InlineData("Theresa May said Britain would leave.")] // "May" as a surname
    [InlineData("Shoppers crowded stores on Black Friday.")] // a named day, not a weekday reference
    [InlineData("Biden won most states on Super Tuesday.")] // a named day
    [InlineData("A 55-year-old man was among the dead.")] // an age, not a duration
    [InlineData("The victim was 20 years old.")] // "years old" is an age
    [InlineData("Refugees receive two meals a day.")] // "a day" as a rate
    [InlineData("The rifle fires 600 rounds a minute.")] // a rate, not a duration
    [InlineData("He scored 1500 points in the tournament.")] // a count before a plural noun
    [InlineData("The Sun reported the story first.")] // "Sun" is a newspaper
    [InlineData("The bill passed 52 to 48 in the Senate.")] // a vote tally
    [InlineData("Prices rose 3.5 percent in the region.")] // a percentage ("in the quarter" is a date since TIMEX3 quarters: see the year-part rows)
    [InlineData("Boeing 1987 prototypes were tested.")] // a model number after a maker
    [InlineData("They spoke for the first time since the war.")] // "time" is not a unit
    [InlineData("Funds will be available for a second supplementary budget.")] // "a second" as an ordinal
    public void Extract_NotATemporalExpression_FindsNothing(string text) =>
        Extract(text, "2024-01-19").Should().BeEmpty();

    [Theory]
    [InlineData("Elections will be held on February 8.", "February 8", "XXXX-02-08")] // no year and no publication: underspecified
    [InlineData("Pakistan said on Friday it had agreed.", "Friday", "XXXX-WXX-5")] // a weekday without an anchor
    [InlineData("An attack on Tuesday evening hit a village.", "Tuesday evening", "XXXX-WXX-2TEV")] // part of day without an anchor
    [InlineData("Troops withdrew in March.", "March", "XXXX-03")] // a month without an anchor
    [InlineData("Voting took place on Feb. 8, 2024.", "Feb. 8, 2024", "2024-02-08")] // a full date needs no anchor
    [InlineData("The group was founded in 2019.", "2019", "2019")] // a year needs no anchor
    [InlineData("The minister resigned yesterday.", "yesterday", null)] // relative days need an anchor
    [InlineData("Attacks rose sharply this week.", "this week", null)] // relative weeks need an anchor
    [InlineData("Exports fell last month.", "last month", null)] // relative months need an anchor
    [InlineData("The rebels seized the town two days ago.", "two days ago", null)] // "ago" needs an anchor
    [InlineData("He was jailed for 10 years.", "10 years", "P10Y")] // durations need no anchor
    public void Extract_NoPublicationDate_StaysUnderspecified(string text, string expectedText, string? expectedValue)
    {
        string type = expectedValue is { Length: > 0 } v && v[0] == 'P' ? "duration" : "date";
        AssertFinds(text, null, expectedText, expectedValue, type);
    }
}
