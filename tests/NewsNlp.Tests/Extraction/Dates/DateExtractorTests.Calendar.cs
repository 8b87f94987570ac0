namespace NewsNlp.Tests.Extraction.Dates;

public sealed partial class DateExtractorTests
{
    [Theory]
    [InlineData("He leads a government preparing for parliamentary elections on February 8.", "2024-01-19", "February 8", "2024-02-08")] // no year: the nearest February 8
    [InlineData("BAHRAIN, March 5 - Iranian troops are fighting on two fronts.", "1987-03-04", "March 5", "1987-03-05")] // dateline a day after publication
    [InlineData("KUWAIT, June 29 - U.S. moves could trigger more attacks.", "1987-06-29", "June 29", "1987-06-29")] // dateline on the publication day
    [InlineData("UNITED NATIONS, Oct 19 - The United States invoked self-defense.", "1987-10-19", "Oct 19", "1987-10-19")] // abbreviated month without a stop before a day
    [InlineData("Attacks culminated in the attack on December 27th against a base.", "2020-01-05", "December 27th", "2019-12-27")] // ordinal day; nearest is the previous year
    [InlineData("He entered the consulate in Istanbul on October 2 2018, seeking documents.", "2019-09-29", "October 2 2018", "2018-10-02")] // year without a comma
    [InlineData("The new policy, which is to take effect on December 10, bans flights.", "2019-10-27", "December 10", "2019-12-10")] // future date later the same year
    [InlineData("The intrusion occurred on 10 November, Japanese time.", "2004-11-18", "10 November", "2004-11-10")] // day before month
    [InlineData("Elections were held on 8 February 2024 amid tight security.", "2024-03-01", "8 February 2024", "2024-02-08")] // day month year
    [InlineData("Voting took place on Feb. 8, 2024, officials said.", "2024-03-01", "Feb. 8, 2024", "2024-02-08")] // abbreviation with stop, comma, year
    [InlineData("Shares fell sharply on Jan 19 in early trading.", "2024-01-22", "Jan 19", "2024-01-19")] // bare abbreviation with a day
    [InlineData("The report, dated 2024-01-19, was leaked.", "2024-02-01", "2024-01-19", "2024-01-19")] // ISO date token
    [InlineData("The pointing to the December 31 attack on the embassy was clear.", "2020-01-05", "December 31", "2019-12-31")] // year boundary: last December
    [InlineData("As of January 3, no evidence of involvement had emerged.", "2020-01-05", "January 3", "2020-01-03")] // two days before publication
    [InlineData("The wheat will be shipped between March 20 and April 20.", "1987-03-18", "April 20", "1987-04-20")] // second date of a range
    [InlineData("The wheat will be shipped between March 20 and April 20.", "1987-03-18", "March 20", "1987-03-20")] // first date of a range
    [InlineData("A stock split is effective May 15, 1987, the company said.", "1987-03-25", "May 15, 1987", "1987-05-15")] // "May" with a day is a month
    [InlineData("The hijackers struck on Sept. 11, 2001, killing thousands.", "2011-09-10", "Sept. 11, 2001", "2001-09-11")] // "Sept." abbreviation
    [InlineData("The vote was held on the 8th of February without incident.", "2024-03-01", "8th of February", "2024-02-08")] // "the 8th of February"
    [InlineData("The directors authorized a two-for-one split of the common, payable Dec. 7 to holders of record.", "1989-10-27", "Dec. 7", "1989-12-07")] // "payable" marks a future date, nearer than the past verb
    [InlineData("The split would be paid on a still unspecified date in January to holders of record.", "1989-10-26", "January", "1990-01")] // "a still unspecified": an adjective, not a past verb
    [InlineData("Traders expect the revised rules to apply from April.", "1987-03-02", "April", "1987-04")] // "the revised": an adjective
    [InlineData("The vote on May 5 was annulled by the court.", "2024-01-19", "May 5", "2023-05-05")] // past tense pulls a far-ahead date back a year
    [InlineData("The motorcyclist was killed on August 27.", "2019-10-10", "August 27", "2019-08-27")] // past, six weeks earlier
    [InlineData("The crash happened on August 27, police said.", "2019-10-10", "August 27", "2019-08-27")] // comma after the day
    [InlineData("On 17 November, the vice foreign minister expressed regret.", "2004-11-18", "17 November", "2004-11-17")] // day month, sentence-initial
    [InlineData("The franchise expired on May 4, the same day Congress reconvened.", "2020-05-06", "May 4", "2020-05-04")] // "May" with a day
    [InlineData("A lockdown will be lifted on June 1.", "2020-05-06", "June 1", "2020-06-01")] // future month-day
    [InlineData("The referendum took place on January 21.", "2019-01-28", "January 21", "2019-01-21")] // past, one week before
    [InlineData("Troops withdrew on Dec. 14, according to the ministry.", "2020-01-05", "Dec. 14", "2019-12-14")] // abbreviation with stop across the year boundary
    [InlineData("Exports reached a record on March 3rd this year.", "2024-03-10", "March 3rd", "2024-03-03")] // "3rd" ordinal
    [InlineData("The treaty was signed on 1st July 1991.", "2024-01-19", "1st July 1991", "1991-07-01")] // ordinal day before month and year
    [InlineData("Christmas Day passed quietly in Bethlehem.", "2023-12-27", "Christmas Day", "2023-12-25")] // holiday, nearest year
    [InlineData("Fireworks lit the sky on New Year's Day in Sydney.", "2024-01-03", "New Year's Day", "2024-01-01")] // New Year's Day with clitic
    [InlineData("Shelling resumed on Christmas Eve, residents said.", "2024-01-19", "Christmas Eve", "2023-12-24")] // Christmas Eve of the previous year
    [InlineData("The body was found on 2019-06-12 near the river.", null, "2019-06-12", "2019-06-12")] // an ISO date needs no publication date
    [InlineData("Muslims celebrated Eid al-Fitr with prayers in Kabul.", "2019-06-06", "Eid al-Fitr", "2019-06-04")] // Eid from the table, past
    [InlineData("A truce is expected over Eid al-Adha next month.", "2023-05-30", "Eid al-Adha", "2023-06-28")] // Eid ahead, future clause
    [InlineData("Bombers struck churches on Easter Sunday.", "2019-04-23", "Easter Sunday", "2019-04-21")] // computed Easter
    [InlineData("The Good Friday agreement was signed on Good Friday.", "1998-04-12", "Good Friday", "1998-04-10")] // Good Friday is two days before Easter
    [InlineData("Stores opened early the day after Thanksgiving Day.", "1999-11-30", "Thanksgiving Day", "1999-11-25")] // US Thanksgiving: the fourth Thursday of November
    [InlineData("Travel peaked before Thanksgiving, airlines said.", "2024-12-02", "Thanksgiving", "2024-11-28")] // a November starting on a Friday
    [InlineData("The bomb was set to explode at 13:30 on Monday, December 6, a national holiday.", "2004-12-05", "Monday, December 6", "2004-12-06")] // weekday and date are one expression; the date wins over tense
    [InlineData("Trading halted on Friday, March 6, amid panic.", "2020-03-10", "Friday, March 6", "2020-03-06")] // weekday apposition before a date
    [InlineData("The army moved on November 15, 2017, and he resigned on November 21.", "2019-09-09", "November 21", "2017-11-21")] // a year written just before carries over
    [InlineData("They tried to renew the licence as early as July 2019. Congress reconvened after a break which began on March 13.", "2020-05-06", "March 13", "2020-03-13")] // a past date before publication keeps its nearest year
    [InlineData("In 2019, outbreaks were declared in the Philippines on February 6.", "2020-01-01", "February 6", "2019-02-06")] // a scene-setting year in the same sentence
    [InlineData("Reagan last Friday announced that on April 17 he would raise tariffs.", "1987-04-01", "April 17", "1987-04-17")] // a reported plan two weeks ahead stays ahead
    [InlineData("He might be forced out of office before October 30.", "1987-04-17", "October 30", "1987-10-30")] // "might" reads as future
    [InlineData("The Green Party is to nominate its 2016-style ticket at its convention July 11.", "2020-06-19", "July 11", "2020-07-11")] // "is to" is a plan
    [InlineData("National Healthcare said it has received a waiver until May 26.", "1987-03-04", "May 26", "1987-05-26")] // "has received" is not a past tense
    [InlineData("The transaction is expected to be completed by September 30.", "1987-03-24", "September 30", "1987-09-30")] // a participle after "be" is not a past tense
    [InlineData("The state of emergency was expected to end on December 15, officials said.", "2020-01-01", "December 15", "2019-12-15")] // "was expected to" is a past plan
    public void Extract_CalendarDate_PicksYearAndKeepsOffsets(string text, string? published, string expectedText, string expectedValue) =>
        AssertFinds(text, published, expectedText, expectedValue);

    [Theory]
    [InlineData("In 2007, the United States government designated the force.", "2020-01-05", "2007", "2007")] // sentence-initial "In 2007"
    [InlineData("He was further sanctioned in 2011 over a plot.", "2020-01-05", "2011", "2011")] // "in" + year
    [InlineData("Iran's offensive reached Kurdistan, scene of fierce fighting in 1983.", "1987-03-04", "1983", "1983")] // a year in an old Reuters story
    [InlineData("The plans would have infringed the 1976 Berne agreement.", "1987-03-29", "1976", "1976")] // year as a modifier before a name
    [InlineData("Diplomatic immunity was extended in a 1994 agreement.", "2019-10-10", "1994", "1994")] // year after an article
    [InlineData("Rebels attacked pipelines between 1984 and 1986.", "1987-06-02", "1984", "1984")] // first year of a range
    [InlineData("Rebels attacked pipelines between 1984 and 1986.", "1987-06-02", "1986", "1986")] // second year of a range
    [InlineData("The city would be governing itself from 2022.", "2019-01-28", "2022", "2022")] // future year
    [InlineData("The submarine class was designed in the 1950s.", "2004-11-18", "the 1950s", "195")] // decade: TIMEX3 "195"; TimeML spans keep "the"
    [InlineData("Inflation soared in the 1980s across Latin America.", "2024-01-19", "the 1980s", "198")] // decade, with its "the"
    [InlineData("Capp was elected as an interim Lord Mayor in mid-2018.", "2020-10-22", "mid-2018", "2018")] // "mid-" prefix keeps the year
    [InlineData("The project was announced in February 2000.", "2005-02-17", "February 2000", "2000-02")] // month and year
    [InlineData("The talks resumed in March 1985 in Geneva.", "1987-03-04", "March 1985", "1985-03")] // month and year
    [InlineData("Reuters called it the deadliest since August 2018.", "2019-01-24", "August 2018", "2018-08")] // month year after "since"
    [InlineData("Navalny was airlifted to Berlin in August when he fell ill.", "2020-09-05", "August", "2020-08")] // bare month, past: this year's August
    [InlineData("PBS revealed that in December, the crown prince took responsibility.", "2019-09-29", "December", "2018-12")] // bare month, past: last December
    [InlineData("Khashoggi was murdered last October in Istanbul.", "2019-09-29", "last October", "2018-10")] // "last October" from September
    [InlineData("Last April, the Treasury imposed sanctions.", "2020-01-05", "Last April", "2019-04")] // "Last April" from January
    [InlineData("The central bank will raise rates next March.", "2024-01-19", "next March", "2024-03")] // "next March" from January
    [InlineData("The first flight is scheduled in early March.", "2005-02-17", "early March", "2005-03")] // future month; "early" is its START modifier
    [InlineData("Protests have continued since May, organisers say.", "2024-01-19", "May", "2023-05")] // "since May": nearest May is last year
    [InlineData("Cummings died in October at the age of 68.", "2020-03-20", "October", "2019-10")] // past month after publication month: previous year
    [InlineData("Crops suffered a drought last summer.", "2024-01-19", "last summer", "2023-SU")] // season with "last"
    [InlineData("Talks are planned for this summer.", "2024-01-19", "this summer", "2024-SU")] // season with "this"
    [InlineData("The Turpins were arrested in January of last year.", "2019-04-20", "last year", "2018")] // "last year" inside "of"
    [InlineData("The Bank of Ceylon reported profits for calendar 1986.", "1987-03-05", "calendar 1986", "1986")] // the kind of year is part of the expression
    [InlineData("The seat has been held by conservatives since its creation in 1984.", "2020-11-27", "1984", "1984")] // "creation in 1984"
    [InlineData("Congress will set the budget for fiscal 1988.", "1987-03-12", "fiscal 1988", "1988")] // the kind of year is part of the expression
    [InlineData("The 2016 census counted 4.5 million residents.", "2020-10-22", "2016", "2016")] // year before a singular noun
    [InlineData("The arms shipment was made in August of 1985 by Israel.", "1987-03-04", "August of 1985", "1985-08")] // "Month of Year"
    [InlineData("Bayes withdrew in March 2019 and Gammon left in August.", "2020-07-25", "August", "2019-08")] // a month ahead of publication takes the year just written
    [InlineData("Rain in July could still reverse the damage.", "1987-06-15", "July", "1987-07")] // "could" does not make a past tense
    [InlineData("Exports fell in January last year.", "1987-03-05", "January last year", "1986-01")] // a month placed in the relative year: one expression
    [InlineData("Output rose in December this year.", "1987-03-05", "December this year", "1987-12")] // "this year" keeps a month ahead of publication in its year
    [InlineData("Talks open in March next year.", "1987-03-05", "March next year", "1988-03")] // "next year"
    [InlineData("Sales in the fourth quarter last year were flat.", "1987-03-05", "the fourth quarter last year", "1986-Q4")] // a quarter placed in the relative year
    [InlineData("Shares fell in June, last year's low.", "1987-03-05", "June", "1986-06")] // "last year's" does not place the month: past June
    public void Extract_MonthOrYear_ResolvesGranularity(string text, string published, string expectedText, string expectedValue) =>
        AssertFinds(text, published, expectedText, expectedValue);
}
