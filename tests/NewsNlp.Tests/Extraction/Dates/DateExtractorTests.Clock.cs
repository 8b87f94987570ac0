namespace NewsNlp.Tests.Extraction.Dates;

public sealed partial class DateExtractorTests
{
    [Theory]
    [InlineData("Yesterday, oil facilities were hit. The attacks occurred at 4:00 A.M. local time.", "2019-09-15", "4:00 A.M. local time", "2019-09-14T04:00")] // time takes the last resolved day
    [InlineData("The crash happened around 8:30 p.m. BST (1930 UTC) on August 27.", "2019-10-10", "around 8:30 p.m. BST", "2019-08-27T20:30")] // time takes the day later in its sentence; "around" is its APPROX modifier
    [InlineData("The crash happened around 8:30 p.m. BST (1930 UTC) on August 27.", "2019-10-10", "1930 UTC", "2019-08-27T19:30")] // four-digit clock with a zone
    [InlineData("The attacks were fully crushed by noon (0900 GMT).", "1987-03-05", "noon", "1987-03-05T12:00")] // "noon"
    [InlineData("The attacks were fully crushed by noon (0900 GMT).", "1987-03-05", "0900 GMT", "1987-03-05T09:00")] // Reuters-style GMT time
    [InlineData("The bomb went off at 10.30 P.M. outside an officers' mess.", "1987-03-24", "10.30 P.M.", "1987-03-24T22:30")] // dotted clock with capital P.M.
    [InlineData("The curfew starts at 10 a.m. on Friday.", "2024-01-19", "10 a.m.", "2024-01-19T10:00")] // hour with a.m.
    [InlineData("Pierluisi was sworn in on Friday at 5 p.m. local time.", "2019-08-04", "5 p.m. local time", "2019-08-02T17:00")] // "local time" joins the span
    [InlineData("Firefighters had control of the blaze by 8:00am local time.", "2019-02-13", "8:00am local time", "2019-02-13T08:00")] // "am" glued after the clock
    [InlineData("The council should enforce a quiet zone after 10pm.", "2020-10-22", "10pm", "2020-10-22T22:00")] // "10pm" as one word
    [InlineData("The helicopter came down around 13:30 local time.", "2020-06-04", "around 13:30 local time", "2020-06-04T13:30")] // 24-hour clock; "around" is its APPROX modifier
    [InlineData("Polls closed at midnight in the capital.", "2024-01-19", "midnight", "2024-01-19T24:00")] // midnight closes the day
    [InlineData("The drones struck in a pre-dawn raid on Saturday.", "2019-09-15", "pre-dawn", "2019-09-14TMO")] // part of day on its own takes the day in its sentence
    [InlineData("Troops moved in at 0700 hours, the army said.", "2024-01-19", "0700 hours", "2024-01-19T07:00")] // military hours with a leading zero
    public void Extract_Time_AttachesToDay(string text, string published, string expectedText, string expectedValue) =>
        AssertFinds(text, published, expectedText, expectedValue, "time");

    [Theory]
    [InlineData("Both countries have faced insurgencies along their border for decades.", "2024-01-19", "decades", "P10Y")] // "for decades" reads as ten years
    [InlineData("The Supreme Leader ordered three days of public mourning.", "2020-01-05", "three days", "P3D")] // number word and days
    [InlineData("Opposition leaders were held for 48 hours without charge.", "2024-01-19", "48 hours", "PT48H")] // hours are PT
    [InlineData("The submarine wandered in Japanese waters for two hours.", "2004-11-18", "two hours", "PT2H")] // two hours
    [InlineData("The policy gives airlines 45 days to wind down operations.", "2019-10-27", "45 days", "P45D")] // digits and days
    [InlineData("The civil war has been ongoing for seventeen years.", "2019-01-24", "seventeen years", "P17Y")] // teen number word
    [InlineData("They have targeted our civilians for the last five years.", "2019-09-15", "the last five years", "P5Y")] // "the last N years" is a duration
    [InlineData("He presented the draft during a one and a half hour meeting.", "1987-03-04", "one and a half hour", "PT1H30M")] // a half hour more
    [InlineData("The plan would remove missiles from Europe over five years.", "1987-03-04", "five years", "P5Y")] // "over five years"
    [InlineData("Today is the end of a two-week-long moratorium on air raids.", "1987-03-04", "two-week-long", "P2W")] // hyphenated duration
    [InlineData("The attack came less than two weeks before the inauguration.", "2019-10-11", "less than two weeks", "P2W")] // the bound is part of the expression (mod LESS_THAN)
    [InlineData("Moscow sought broader contacts with Iran in the last year.", "1987-10-19", "the last year", "P1Y")] // "the last year" is a year-long duration
    [InlineData("Rain has been scarce over the past week.", "1987-06-15", "the past week", "P1W")] // "the past week"
    [InlineData("The government imposed a 10-day curfew in the city.", "2024-01-19", "10-day", "P10D")] // "10-day" adjective
    [InlineData("The Turpins kept their children indoors for years.", "2019-04-20", "years", null)] // no number: no value
    [InlineData("Attention has focused in recent months on peace prospects.", "1987-03-28", "recent months", null)] // "recent months" has no value
    [InlineData("Occupants were trapped for a few hours at the roadside.", "2019-02-06", "a few hours", null)] // vague amount
    [InlineData("The meeting lasted half an hour.", "2024-01-19", "half an hour", "PT30M")] // half an hour is thirty minutes
    [InlineData("Rescuers searched the rubble for 20 minutes.", "2024-01-19", "20 minutes", "PT20M")] // minutes
    [InlineData("Moore served as Lord Mayor for almost a decade.", "2020-10-22", "almost a decade", "P10Y")] // "almost" is part of the expression (mod APPROX)
    [InlineData("The conflict has lasted two decades.", "2024-01-19", "two decades", "P20Y")] // decades in years
    [InlineData("He was sentenced to 40 years in prison.", "2019-10-04", "40 years", "P40Y")] // prison term
    [InlineData("Applicants must wait 6 months for a decision.", "2024-01-19", "6 months", "P6M")] // months
    [InlineData("The country marked a three-year anniversary.", "2024-01-19", "three-year", "P3Y")] // hyphenated number word
    public void Extract_Duration_GivesIsoPeriod(string text, string published, string expectedText, string? expectedValue) =>
        AssertFinds(text, published, expectedText, expectedValue, "duration");

    [Theory]
    [InlineData("Protesters gather every Friday outside parliament.", "2024-01-19", "every Friday", "XXXX-WXX-5")] // weekly on a weekday
    [InlineData("Every day, it will be saving American lives.", "2008-03-01", "Every day", "P1D")] // daily
    [InlineData("The festival is held each year in Cannes.", "2024-01-19", "each year", "P1Y")] // yearly
    [InlineData("Inspectors visit every two weeks.", "2024-01-19", "every two weeks", "P2W")] // every N units
    [InlineData("Markets close early every Sunday.", "2024-01-19", "every Sunday", "XXXX-WXX-7")] // Sunday is ISO day 7
    public void Extract_Set_GivesRecurrence(string text, string published, string expectedText, string expectedValue) =>
        AssertFinds(text, published, expectedText, expectedValue, "set");
}
