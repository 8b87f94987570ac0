using System.Collections.Immutable;

namespace NewsNlp.Tests.Extraction.Dates;

/// <summary>
/// TIMEX3 grade (issue 17): one row per pattern of the date grammar that TimeML asks for, with
/// invented sentences. Each row gives the expression's exact text (offsets are asserted at its first
/// occurrence), the TIMEX3 type, value and modifier.
/// </summary>
public sealed class DateTimexTests
{
    [Theory]
    // Present, past and future as a whole: the contract value stays null, the TIMEX3 value names the reference.
    [InlineData("The ferry now sails twice a week.", "2021-05-03", "now", "DATE", "PRESENT_REF", null)]
    [InlineData("Prices are currently falling in the north.", "2021-05-03", "currently", "DATE", "PRESENT_REF", null)]
    [InlineData("These days the harbour is quiet.", "2021-05-03", "These days", "DATE", "PRESENT_REF", null)]
    [InlineData("The mill recently hired forty workers.", "2021-05-03", "recently", "DATE", "PAST_REF", null)]
    [InlineData("Floods were rare in the past along this river.", "2021-05-03", "the past", "DATE", "PAST_REF", null)]
    [InlineData("The council hopes to open a clinic in the near future.", "2021-05-03", "the near future", "DATE", "FUTURE_REF", null)]
    [InlineData("Margins will stay thin in the near term, the brewer said.", "2021-05-03", "the near term", "DATE", "FUTURE_REF", null)]
    // Quarters, halves, fiscal years.
    [InlineData("The bakery chain posted fourth-quarter sales of $3 million.", "2021-11-20", "fourth-quarter", "DATE", "2021-Q4", null)]
    [InlineData("Orders fell in the third quarter, the chain said.", "2021-11-20", "the third quarter", "DATE", "2021-Q3", null)]
    [InlineData("Sales doubled in the first half of 2020.", "2021-11-20", "the first half of 2020", "DATE", "2020-H1", null)]
    [InlineData("Profit rose 8% in the latest quarter.", "2021-11-20", "the latest quarter", "DATE", "2021-Q3", null)]
    [InlineData("Analysts expect a loss in next year's first quarter.", "2021-11-20", "next year's first quarter", "DATE", "2022-Q1", null)]
    [InlineData("The dairy earned more in Q2 than expected.", "2021-11-20", "Q2", "DATE", "2021-Q2", null)]
    [InlineData("The budget for fiscal 2022 was approved.", "2021-11-20", "fiscal 2022", "DATE", "2022", null)]
    [InlineData("Exports fell in the June quarter, the bureau said.", "2021-08-02", "the June quarter", "DATE", "2021-Q2", null)]
    [InlineData("The railway said fourth quarter 2020 profit rose to $9 million from $5 million a year ago.", "2021-03-09", "fourth quarter 2020", "DATE", "2020-Q4", null)]
    [InlineData("The railway said fourth quarter 2020 profit rose to $9 million from $5 million a year ago.", "2021-03-09", "a year ago", "DATE", "2019-Q4", null)]
    [InlineData("Imports for the December 2020 quarter rose 4%.", "2021-03-03", "the December 2020 quarter", "DATE", "2020-Q4", null)]
    [InlineData("The 2019 December quarter showed a deficit.", "2021-03-03", "The 2019 December quarter", "DATE", "2019-Q4", null)]
    // Seasons, weeks, decades, centuries.
    [InlineData("The bridge closed last winter.", "2021-05-03", "last winter", "DATE", "2020-WI", null)]
    [InlineData("Talks resume next week.", "2021-05-03", "next week", "DATE", "2021-W19", null)]
    // "the week" not told which: the year and an unknown week (TimeML data, 4 of 4 in tbaq folds 1-4).
    [InlineData("For the week, the harbour index fell 2%.", "2021-05-07", "the week", "DATE", "2021-WXX", null)]
    [InlineData("Tuesday was the week's busiest session at the port.", "2021-05-07", "the week", "DATE", "2021-WXX", null)]
    [InlineData("Textile towns boomed in the 1920s.", "2021-05-03", "the 1920s", "DATE", "192", null)]
    [InlineData("Trade grew over the late 1990s.", "2021-05-03", "the late 1990s", "DATE", "199", "END")]
    [InlineData("Textile towns boomed in the '80s.", "2021-05-03", "the '80s", "DATE", "198", null)]
    [InlineData("Margins grew in the last half of the '80s.", "2021-05-03", "the last half of the '80s", "DATE", "198", "END")]
    [InlineData("Margins grew in the first half of the 1990s.", "2021-05-03", "the first half of the 1990s", "DATE", "199", "START")]
    // Part of day.
    [InlineData("The storm hit the coast Tuesday evening.", "2021-05-07", "Tuesday evening", "DATE", "2021-05-04TEV", null)]
    // After "on" or before a noun the TIMEX3 value is the day (TimeML data, 6 of 6 in tbaq folds 1-4); the contract value keeps the part.
    [InlineData("The storm hit the coast on Tuesday evening.", "2021-05-07", "Tuesday evening", "DATE", "2021-05-04", null)]
    [InlineData("Neighbours held a Sunday night vigil outside the mill.", "2021-05-07", "Sunday night", "DATE", "2021-05-02", null)]
    [InlineData("Voters argued about Thursday night's debate.", "2021-05-07", "Thursday night", "DATE", "2021-05-06", null)]
    [InlineData("Fire crews were called out last night.", "2021-05-07", "last night", "DATE", "2021-05-06TNI", null)]
    // Modifiers are part of the expression.
    [InlineData("The strike lasted about three weeks.", "2021-05-03", "about three weeks", "DURATION", "P3W", "APPROX")]
    [InlineData("The repairs took less than two days.", "2021-05-03", "less than two days", "DURATION", "P2D", "LESS_THAN")]
    [InlineData("The road will stay shut for at least 48 hours.", "2021-05-03", "at least 48 hours", "DURATION", "PT48H", "EQUAL_OR_MORE")]
    [InlineData("The plant opened in early 2019.", "2021-05-03", "early 2019", "DATE", "2019", "START")]
    [InlineData("The lease runs until the end of 2023.", "2021-05-03", "the end of 2023", "DATE", "2023", "END")]
    [InlineData("Harvest starts in mid-September.", "2021-05-03", "mid-September", "DATE", "2021-09", "MID")]
    [InlineData("The ferry left around 7:15 p.m.", "2021-05-03", "around 7:15 p.m.", "TIME", "2021-05-03T19:15", "APPROX")]
    // Durations with and without a number.
    [InlineData("Output will rise over the next two years.", "2021-05-03", "the next two years", "DURATION", "P2Y", null)]
    [InlineData("Output will rise over the next few days.", "2021-05-03", "the next few days", "DURATION", "PXD", null)]
    [InlineData("Output will rise over the next couple of years.", "2021-05-03", "the next couple of years", "DURATION", "P2Y", null)]
    [InlineData("Few days passed without rain.", "2021-05-03", "Few days", "DURATION", "PXD", null)]
    [InlineData("Turnover grew in the first nine months.", "2021-05-03", "the first nine months", "DURATION", "P9M", null)]
    [InlineData("Residents waited several days for water.", "2021-05-03", "several days", "DURATION", "PXD", null)]
    [InlineData("The town has shrunk in recent years.", "2021-05-03", "recent years", "DURATION", "PXY", null)]
    // Sets.
    [InlineData("The market opens every Saturday.", "2021-05-03", "every Saturday", "SET", "XXXX-WXX-6", null)]
    [InlineData("The fee is paid annually by members.", "2021-05-03", "annually", "SET", "P1Y", null)]
    [InlineData("A sinking fund starting in 2028 will retire annually five pct of the notes.", "2021-05-03", "annually", "SET", "P1Y", null)] // a year is no rate's amount
    [InlineData("Workers asked for a rise of 100 pct and monthly wage adjustments.", "2021-05-03", "monthly", "SET", "P1M", null)] // the amount is another phrase's
    [InlineData("Buses leave hourly from the square.", "2021-05-03", "hourly", "SET", "PT1H", null)]
    [InlineData("Rents will rise in coming years.", "2021-05-03", "coming years", "DURATION", "PXY", null)]
    // Reporting years: a year's length before its closing date, the whole year of the article.
    [InlineData("For the year ended Sept. 30, the mill earned $4 million.", "2021-11-20", "the year", "DURATION", "P1Y", null)]
    [InlineData("The chain expects a loss in the year ending June 30, 2022.", "2021-11-20", "the year", "DURATION", "P1Y", null)]
    [InlineData("The bakery forecast higher sales for the full year.", "2021-11-20", "the full year", "DATE", "2021", null)]
    [InlineData("For the year, volume was flat, the dairy said.", "2021-11-20", "the year", "DATE", "2021", null)]
    [InlineData("For the full year, the dairy said it earned $9 million.", "2022-02-10", "the full year", "DATE", "2021", null)]
    // Seasons without last/next/this, and with a year.
    [InlineData("Competitors cut prices over the summer.", "2021-11-20", "the summer", "DATE", "2021-SU", null)]
    [InlineData("Orders recovered from the low levels of the early summer.", "2021-11-20", "the early summer", "DATE", "2021-SU", "START")]
    [InlineData("The strike closed the plant in the summer of 1984.", "2021-11-20", "the summer of 1984", "DATE", "1984-SU", null)]
    [InlineData("Sales should improve in the spring.", "2021-11-20", "the spring", "DATE", "2021-SP", null)]
    // Months a figure is for: the nearest such month, whatever the tense.
    [InlineData("Traders booked sales for March shipment.", "2021-02-26", "March", "DATE", "2021-03", null)]
    [InlineData("The index for November was revised.", "2021-03-03", "November", "DATE", "2020-11", null)]
    // Decades after a position, vague spans, and "daily" as an adverb.
    [InlineData("Growth was the lowest since the mid-1960s.", "2021-11-20", "the mid-1960s", "DATE", "196", "MID")]
    [InlineData("The garden has changed over the years.", "2021-11-20", "the years", "DURATION", "PXY", null)]
    [InlineData("Rates may ease in the weeks ahead.", "2021-11-20", "the weeks ahead", "DURATION", "PXW", null)]
    [InlineData("The harbour was busy for the first time in years.", "2021-11-20", "years", "DURATION", "PXY", null)]
    [InlineData("The tower dominated the town for centuries.", "2021-11-20", "centuries", "DURATION", "PXCE", null)]
    [InlineData("The mine produces 150 tons of ore daily.", "2021-11-20", "daily", "SET", "P1D", null)]
    [InlineData("Volunteers check the nets on a daily basis.", "2021-11-20", "daily", "SET", "P1D", null)]
    // Split crop and fiscal years as one expression (the ISO 8601 interval), the last quarter of a year.
    [InlineData("Sugar output in the 1986/87 season rose.", "2021-11-20", "1986/87", "DATE", "1986/1987", null)]
    [InlineData("The budget for fiscal 1987-88 was tabled.", "2021-11-20", "fiscal 1987-88", "DATE", "1987/1988", null)]
    [InlineData("Imports rose in the last quarter of 1986.", "2021-11-20", "the last quarter of 1986", "DATE", "1986-Q4", null)]
    [InlineData("Exports slowed in the final quarter.", "2022-02-10", "the final quarter", "DATE", "2021-Q4", null)]
    // Amounts with a word before the unit; the second day of a pair; a part of the day told.
    [InlineData("The ferry will stay closed for two more weeks.", "2021-11-20", "two more weeks", "DURATION", "P2W", null)]
    [InlineData("The offer expires 20 business days after it opens.", "2021-11-20", "20 business days", "DURATION", "P20D", null)]
    [InlineData("The lease may be extended for an additional year.", "2021-11-20", "an additional year", "DURATION", "P1Y", null)]
    [InlineData("The charge will be spread over the next three quarters.", "2021-11-20", "the next three quarters", "DURATION", "P3Q", null)]
    [InlineData("The summit will be held on April 24 and 25.", "2021-03-10", "25", "DATE", "2021-04-25", null)]
    [InlineData("The mill halted on Friday. Orders came in the morning.", "2021-11-22", "the morning", "TIME", "2021-11-19TMO", null)]
    [InlineData("The mill halted on Friday. By mid afternoon, the line ran again.", "2021-11-22", "mid afternoon", "TIME", "2021-11-19TAF", "MID")]
    // An offset of days or hours is a TIMEX3 duration ("later" is a signal); a year earlier stays a date.
    [InlineData("The plant shut on Nov. 2. Three days later, it reopened.", "2021-11-20", "Three days later", "DURATION", "P3D", null)]
    [InlineData("The plant shut on Nov. 2. A few days later, it reopened.", "2021-11-20", "A few days later", "DURATION", "PXD", null)]
    [InlineData("The index fell on Friday, down 4% from the previous Friday.", "2021-11-22", "the previous Friday", "DATE", "2021-11-12", null)]
    [InlineData("The fair opens this coming Sunday, the mayor said.", "2021-11-18", "this coming Sunday", "DATE", "2021-11-21", null)]
    // A clock time and its day, one expression.
    [InlineData("Polls will close at 8 p.m. Thursday.", "2021-05-03", "8 p.m. Thursday", "TIME", "2021-05-06T20:00", null)]
    [InlineData("The vote ended at noon Friday, officials said.", "2021-05-10", "noon Friday", "TIME", "2021-05-07T12:00", null)]
    [InlineData("Bids are due by 5 p.m. EST, June 4.", "2021-05-10", "5 p.m. EST, June 4", "TIME", "2021-06-04T17:00", null)]
    // Numeric and lower-case calendar forms, relative offsets, direction by tense.
    [InlineData("The contract was signed on 2020-07-19.", "2021-05-03", "2020-07-19", "DATE", "2020-07-19", null)]
    [InlineData("The plant closed two weeks ago.", "2021-05-03", "two weeks ago", "DATE", "2021-W16", null)]
    [InlineData("The mayor will visit on Friday.", "2021-05-05", "Friday", "DATE", "2021-05-07", null)]
    [InlineData("The mayor visited on Friday.", "2021-05-05", "Friday", "DATE", "2021-04-30", null)]
    // Direction: a plan already past, a plan still running, "as early as", "expects", "effective".
    [InlineData("The offer had been due to expire Friday evening.", "2021-05-05", "Friday evening", "DATE", "2021-04-30TEV", null)]
    [InlineData("Farmers were planning to march on Monday.", "2021-05-07", "Monday", "DATE", "2021-05-10", null)]
    [InlineData("The envoy could arrive as early as Tuesday.", "2021-05-05", "Tuesday", "DATE", "2021-05-11", null)]
    [InlineData("The firm said it expects to report results in mid-November.", "2021-10-27", "mid-November", "DATE", "2021-11", "MID")]
    [InlineData("The board named a new chairman, effective Feb. 1.", "2021-10-27", "Feb. 1", "DATE", "2022-02-01", null)]
    // A plan seen from the past, an infinitive after a decision: no side of the article's date, so the nearest month.
    [InlineData("The alliance decided to admit the three states in early March, an official said.", "2021-02-10", "early March", "DATE", "2021-03", "START")]
    [InlineData("The ceremony was planned for early March.", "2021-02-10", "early March", "DATE", "2021-03", "START")]
    [InlineData("The cartel will not change what it agreed to in December.", "2021-06-19", "December", "DATE", "2020-12", null)]
    // A vague amount ago: the unit one level up, its last digit unknown.
    [InlineData("The mill closed a few years ago.", "2021-05-03", "a few years ago", "DATE", "201X", null)]
    [InlineData("The shop moved several months ago.", "2021-05-03", "several months ago", "DATE", "2021-XX", null)]
    [InlineData("The shop moved several weeks ago.", "2021-05-03", "several weeks ago", "DATE", "2021-WXX", null)]
    [InlineData("The shop moved a few days ago.", "2021-05-01", "a few days ago", "DATE", "2021-04-XX", null)]
    [InlineData("The alarm rang for a minute and a half.", "2021-05-03", "a minute and a half", "DURATION", "PT1M30S", null)]
    // A shifted calendar day.
    [InlineData("The doctor was shot last Oct. 23 at his home.", "2021-04-19", "last Oct. 23", "DATE", "2020-10-23", null)]
    [InlineData("The line opens next March 3.", "2021-04-19", "next March 3", "DATE", "2022-03-03", null)]
    // Recurring weekdays.
    [InlineData("The market opens on Tuesdays.", "2021-05-03", "Tuesdays", "SET", "XXXX-WXX-2", null)]
    [InlineData("The club meets Tuesday nights.", "2021-05-03", "Tuesday nights", "SET", "XXXX-WXX-2TNI", null)]
    // A span back over quarters is not "the past" as a whole.
    [InlineData("The shop has lost money in the past two quarters.", "2021-05-03", "the past two quarters", "DURATION", "P2Q", null)]
    // Quarters named by comparison, the current year, the year's end.
    [InlineData("Third-quarter profit doubled; in the 2020 quarter the mill lost money.", "2021-11-02", "the 2020 quarter", "DATE", "2020-Q3", null)]
    [InlineData("Third-quarter profit doubled; for the quarter a year ago it lost money.", "2021-11-02", "the quarter a year ago", "DATE", "2020-Q3", null)]
    [InlineData("Third-quarter sales rose; the year-ago third quarter was weak.", "2021-11-02", "the year-ago third quarter", "DATE", "2020-Q3", null)]
    [InlineData("Margins shrank in the last half of 2020.", "2021-11-02", "the last half of 2020", "DATE", "2020-H2", null)]
    [InlineData("Sales will grow in the current fiscal year.", "2021-11-02", "the current fiscal year", "DATE", "2021", null)]
    [InlineData("The sale should close by year-end.", "2021-11-02", "year-end", "DATE", "2021", "END")]
    [InlineData("The sale should close by year's end.", "2021-11-02", "year's end", "DATE", "2021", "END")]
    [InlineData("Cuts will be done by the end of the year.", "2021-11-02", "the end of the year", "DATE", "2021", "END")]
    [InlineData("Net debt fell sharply at year-end.", "2021-03-02", "year-end", "DATE", "2020", "END")]
    [InlineData("Reserves stood at 30 tonnes at year-end 2019.", "2021-03-02", "year-end 2019", "DATE", "2019", "END")]
    // Spans: amounts with fractions and split tens, the kind of year, an adjective's article, a date before a colon.
    [InlineData("The family lived in the camp for 2 1/2 years.", "2021-05-03", "2 1/2 years", "DURATION", "P2Y6M", null)]
    [InlineData("Prices fell in the last twenty four hours.", "2021-05-03", "the last twenty four hours", "DURATION", "PT24H", null)]
    [InlineData("The yard will stay shut for a couple of weeks.", "2021-05-03", "a couple of weeks", "DURATION", "P2W", null)]
    [InlineData("Freight rose in the fiscal first quarter.", "2021-11-02", "the fiscal first quarter", "DATE", "2021-Q1", null)]
    [InlineData("Analysts called the third-quarter loss a surprise.", "2021-11-02", "third-quarter", "DATE", "2021-Q3", null)]
    [InlineData("Third-quarter net fell from the 2020 period.", "2021-11-02", "the 2020 period", "DATE", "2020", null)]
    [InlineData("The paper said in an editorial on Saturday, April 24: the court erred.", "2021-04-23", "Saturday, April 24", "DATE", "2021-04-24", null)]
    [InlineData("Third-quarter sales rose; rain had slowed work earlier in the year.", "2021-11-02", "earlier in the year", "DATE", "2021", null)]
    [InlineData("Third-quarter sales rose; the plant will close over the next year.", "2021-11-02", "the next year", "DATE", "2022", null)]
    [InlineData("The economy grew 5% last year, against 2% in the previous year.", "2021-03-06", "the previous year", "DATE", "2019", null)]
    // Anaphoric and attributive periods.
    [InlineData("Imports peaked in 2019; that year the port handled 9 million tonnes.", "2021-05-03", "that year", "DATE", "2019", null)]
    [InlineData("The first ship arrives in April 2029, the last in September of that year.", "2021-05-03", "that year", "DATE", "2029", null)]
    [InlineData("Third-quarter net rose 5%. Sales in the latest period were $3 million.", "2021-11-02", "the latest period", "DATE", "2021-Q3", null)]
    [InlineData("Police are still investigating the October shooting.", "2021-11-20", "October", "DATE", "2021-10", null)]
    // After a longer reporting period ("the nine months", "the year ended ..."), a year earlier compares years, not the quarter named before.
    [InlineData("Third-quarter net rose 5%. For the nine months, net was $9 million, up from $7 million a year earlier.", "2021-11-02", "a year earlier", "DATE", "2020", null)]
    [InlineData("Third-quarter net rose 5%. In the first six months, the bakery earned $2 million, against a loss in the year-ago period.", "2021-11-02", "the year-ago period", "DATE", "2020", null)]
    [InlineData("Third-quarter net rose 5%. For the nine months, net rose 8%. Fourth-quarter sales should beat those of a year earlier.", "2021-11-02", "a year earlier", "DATE", "2020-Q4", null)]
    [InlineData("The deficit for the year ended December narrowed. Borrowing in the December quarter rose from a year earlier.", "2021-03-03", "a year earlier", "DATE", "2019-Q4", null)]
    [InlineData("Imports in the December quarter were $2 billion, against $3 billion in the September quarter and $1 billion a year earlier.", "2021-03-03", "a year earlier", "DATE", "2019-Q4", null)]
    [InlineData("Third-quarter net fell. Analysts expect losses through the second quarter of 2022. In the year-ago period, the mill earned $4 million.", "2021-10-26", "the year-ago period", "DATE", "2020-Q3", null)]
    [InlineData("For the nine months, the mill earned $5 million; net for the year-earlier nine months was $4 million.", "2021-11-02", "the year-earlier nine months", "DURATION", "P9M", null)]
    // The same period a year apart, one expression at the granularity last reported.
    [InlineData("Exports rose 4% in January from the same month last year.", "2021-03-01", "the same month last year", "DATE", "2020-01", null)]
    [InlineData("Third-quarter net rose to $5 million from $4 million in the same period last year.", "2021-11-02", "the same period last year", "DATE", "2020-Q3", null)]
    [InlineData("Sales in the first two months fell from the corresponding period a year earlier.", "2021-03-05", "the corresponding period a year earlier", "DATE", "2020", null)]
    [InlineData("Output in the third quarter was above the comparable quarter of 2019.", "2021-11-05", "the comparable quarter of 2019", "DATE", "2019-Q3", null)]
    [InlineData("Its load factor fell to 50% from 52% in the same month last year.", "2021-03-03", "the same month last year", "DATE", "2020", null)]
    [InlineData("Third-quarter sales fell; sales for last year's quarter were $3 million.", "2021-11-02", "last year's quarter", "DATE", "2020-Q3", null)]
    [InlineData("Imports fell 14% in the first two months of 2021 against the same months of 2020.", "2021-03-26", "the same months of 2020", "DATE", "2020", null)]
    [InlineData("Wages rose 5% in the first quarter. The deficit in the first two months of 2021 rose 68% over the corresponding period last year.", "2021-04-09", "the corresponding period last year", "DATE", "2020", null)]
    [InlineData("Fourth-quarter orders rose. Its sales rose 3% from the same month in 2019.", "2021-03-03", "the same month in 2019", "DATE", "2019", null)]
    [InlineData("Sugar output was lower than in the same period of 2019/20.", "2021-03-03", "2019/20", "DATE", "2019/2020", null)]
    // Direction: a future marker far back still governs, not across a phrase of an earlier event.
    [InlineData("The agency will name the engineer as head of the national survey team of the county for a new dig in November.", "2021-03-10", "November", "DATE", "2021-11", null)]
    [InlineData("The minister is due to spend two hours in the port of Split, the first stop on her tour, Thursday morning.", "2021-05-03", "Thursday morning", "DATE", "2021-05-06TMO", null)]
    [InlineData("The ferry line said it would run two more boats a week from Monday, with the last leaving each Friday from June 4.", "2021-02-10", "June 4", "DATE", "2021-06-04", null)]
    [InlineData("Prices will climb across the whole of the region this week after the heavy storm at the port on Thursday.", "2021-05-05", "Thursday", "DATE", "2021-04-29", null)]
    [InlineData("The union handed over its plan, which would also close two of the old mills, during a previous round of talks in early March.", "2021-04-20", "early March", "DATE", "2021-03", "START")]
    [InlineData("Exports will fall this year, mostly due to a drop in the output of the two big copper mines in February.", "2021-04-20", "February", "DATE", "2021-02", null)]
    // Decades in words, centuries, halves told as two quarters, recurring months, Election Day.
    [InlineData("Membership fell through the nineties, the group said.", "2021-05-03", "the nineties", "DATE", "199", null)]
    [InlineData("The mill was built in the early seventies.", "2021-05-03", "the early seventies", "DATE", "197", "START")]
    [InlineData("The abbey, a 12th century building, lost its roof.", "2021-05-03", "12th century", "DATE", "11", null)]
    [InlineData("Steam shaped the nineteenth century.", "2021-05-03", "the nineteenth century", "DATE", "18", null)]
    [InlineData("Growers meet each August in the valley.", "2021-05-03", "each August", "SET", "XXXX-08", null)]
    [InlineData("The hut is used every winter by climbers.", "2021-05-03", "every winter", "SET", "XXXX-WI", null)]
    [InlineData("The brewer expects losses in the first two quarters of 2022.", "2021-11-02", "the first two quarters of 2022", "DATE", "2022-H1", null)]
    [InlineData("The last two quarters were hard for the mill.", "2021-11-02", "The last two quarters", "DURATION", "P2Q", null)]
    [InlineData("The miller posted a profit for the fiscal-second quarter.", "2021-11-02", "the fiscal-second quarter", "DATE", "2021-Q2", null)]
    [InlineData("Volunteers will knock on doors until Election Day.", "2022-10-20", "Election Day", "DATE", "2022-11-08", null)]
    // "one day" after a modal is some day.
    [InlineData("Hydrogen may one day power the ferries.", "2021-05-03", "one day", "DATE", "FUTURE_REF", null)]
    // Years said in words (broadcast transcripts).
    [InlineData("The mill closed in nineteen ninety-six.", "2021-05-03", "nineteen ninety-six", "DATE", "1996", null)]
    [InlineData("The dam was finished in January nineteen ninety-seven.", "2021-05-03", "January nineteen ninety-seven", "DATE", "1997-01", null)]
    [InlineData("The plan ran until the year two thousand.", "2021-05-03", "the year two thousand", "DATE", "2000", null)]
    // dates14: shapes of issue 17's error sample (tbaq folds 1-4), each with a general reason.
    [InlineData("The ferry will sail as soon as possible, the owner said.", "2021-05-03", "as soon as possible", "DATE", "FUTURE_REF", null)]
    [InlineData("The bank will announce the terms at a later date.", "2021-05-03", "a later date", "DATE", "FUTURE_REF", null)]
    [InlineData("The quarry reopened a month after the landslide blocked the road.", "2021-05-03", "a month", "DURATION", "P1M", null)]
    [InlineData("Sales rose 4% in the latest fiscal year.", "2021-05-03", "the latest fiscal year", "DATE", "2020", null)]
    [InlineData("The mill made a loss last fiscal year.", "2021-05-03", "last fiscal year", "DATE", "2020", null)]
    [InlineData("The mill expects a profit next financial year.", "2021-05-03", "next financial year", "DATE", "2022", null)]
    [InlineData("Growers planted more barley this year than last.", "2021-05-03", "last", "DATE", "2020", null)]
    [InlineData("Output should rise this year and next, the bank said.", "2021-05-03", "next", "DATE", "2022", null)]
    [InlineData("Most of the auction house's sales usually come in the second and fourth quarters.", "2021-10-26", "second", "SET", "XXXX-Q2", null)]
    [InlineData("Most of the auction house's sales usually come in the second and fourth quarters.", "2021-10-26", "fourth quarters", "SET", "XXXX-Q4", null)]
    [InlineData("Prices will be firmer in the third and fourth quarters.", "2021-03-02", "third", "DATE", "2021-Q3", null)]
    [InlineData("Prices will be firmer in the third and fourth quarters.", "2021-03-02", "fourth quarters", "DATE", "2021-Q4", null)]
    [InlineData("Losses narrowed in the first and second quarters of 2020.", "2021-03-02", "first", "DATE", "2020-Q1", null)]
    [InlineData("Losses narrowed in the first and second quarters of 2020.", "2021-03-02", "second quarters of 2020", "DATE", "2020-Q2", null)]
    [InlineData("Police made an arrest in the October shooting of a shopkeeper.", "2021-04-19", "October", "DATE", "2020-10", null)]
    [InlineData("The sale is expected to close in the second quarter.", "2021-03-05", "the second quarter", "DATE", "2021-Q2", null)]
    [InlineData("The toolmaker will report a fourth-quarter loss next week.", "2021-03-05", "fourth-quarter", "DATE", "2020-Q4", null)]
    [InlineData("The toolmaker posted a drop in fourth-quarter profit. Sales in the latest period were $2 million.", "2021-11-02", "the latest period", "DATE", "2021-Q4", null)]
    [InlineData("Third-quarter profit rose. In the comparable year-ago quarter, the second quarter ended Oct. 31, the firm lost $2 million. Results for that quarter included a charge.", "2021-10-27", "the comparable year-ago quarter", "DATE", "2020-Q2", null)]
    [InlineData("Third-quarter profit rose. In the comparable year-ago quarter, the second quarter ended Oct. 31, the firm lost $2 million. Results for that quarter included a charge.", "2021-10-27", "the second quarter", "DATE", "2020-Q2", null)]
    [InlineData("Third-quarter profit rose. In the comparable year-ago quarter, the second quarter ended Oct. 31, the firm lost $2 million. Results for that quarter included a charge.", "2021-10-27", "Oct. 31", "DATE", "2020-10-31", null)]
    [InlineData("Third-quarter profit rose. In the comparable year-ago quarter, the second quarter ended Oct. 31, the firm lost $2 million. Results for that quarter included a charge.", "2021-10-27", "that quarter", "DATE", "2020-Q2", null)]
    [InlineData("Talks Resume Today In Geneva", "2021-05-03", "Today", "DATE", "2021-05-03", null)]
    // dt16: a month qualifying a noun after "the" includes "March" (not "the March on ..." / "the March for ...": names).
    [InlineData("Officials expect the March vote on the charter to pass.", "2021-02-10", "March", "DATE", "2021-03", null)]
    [InlineData("The March accession will let the two states sign the treaty.", "2021-02-10", "March", "DATE", "2021-03", null)]
    // "today's" before another noun stays the article's day.
    [InlineData("Today's meeting of the council was calm.", "2021-05-03", "Today", "DATE", "2021-05-03", null)]
    // A modal perfect looks back ("might have been", "would have closed"); "should have" + a noun is the verb "have".
    [InlineData("Without the frost, the March harvest might have been larger.", "2021-04-01", "March", "DATE", "2021-03", null)]
    [InlineData("The crowd on Friday might have been larger without the rain.", "2021-05-05", "Friday", "DATE", "2021-04-30", null)]
    [InlineData("Without the frost, the harvest in March would have been larger.", "2021-04-01", "March", "DATE", "2021-03", null)]
    [InlineData("The mill said it should have enough grain by the end of the year.", "2021-04-01", "the end of the year", "DATE", "2021", "END")]
    // "formerly" before a verb stays the past as a whole (in apposition it names a former title or name: no time).
    [InlineData("The mill formerly made bricks for the railway.", "2021-05-03", "formerly", "DATE", "PAST_REF", null)]
    // "the day" in apposition to a day told just before is that day, in the past or the future.
    [InlineData("The index fell 4% in the eight days after May 12, the day before the crash.", "2021-05-28", "the day", "DATE", "2021-05-12", null)]
    [InlineData("A new board must be set up by April 24, the day the old one will be dissolved.", "2021-03-25", "the day", "DATE", "2021-04-24", null)]
    // A listed weekday shares the recurring part of day of the last one.
    [InlineData("Two new ferries will leave the port on Monday and Tuesday nights from June 1.", "2021-05-05", "Monday", "SET", "XXXX-WXX-1TNI", null)]
    // "soon" alone stays the future.
    [InlineData("The dairy will soon open a second plant.", "2021-05-03", "soon", "DATE", "FUTURE_REF", null)]
    public void Extract_TimexPattern_GivesTypeValueAndMod(string text, string published, string expectedText, string type, string value, string? mod)
    {
        DateRecord found = Find(text, published, expectedText);
        found.TimexType.Should().Be(type);
        found.TimexValue.Should().Be(value);
        found.Mod.Should().Be(mod);
    }

    [Fact]
    public void Extract_YearEarlierAfterQuarter_KeepsQuarterGranularity()
    {
        DateRecord found = Find("Third-quarter net rose 5% from a year earlier.", "2021-11-02", "a year earlier");
        found.TimexValue.Should().Be("2020-Q3", "earnings news compares the same quarter a year apart");
    }

    [Fact]
    public void Extract_YearEarlierWord_KeepsQuarterGranularity()
    {
        DateRecord found = Find("Second-quarter sales beat the year-earlier quarter.", "2021-08-02", "the year-earlier quarter");
        found.TimexValue.Should().Be("2020-Q2");
    }

    [Theory]
    [InlineData("The former minister spoke to reporters.")] // "former" qualifies a title
    [InlineData("Future talks were not ruled out.")] // the adjective "future" qualifies a noun
    [InlineData("The town's Latin Quarter was quiet.")] // a place, not a quarter of a year
    [InlineData("Banks hold more than a quarter of the bonds.")] // a fraction, not three months
    [InlineData("Analysts blamed the fall in prices on the strike.")] // a decline, not autumn
    [InlineData("The blast killed 24 and 25 people in two towns.")] // counts, not days
    [InlineData("Both brothers are in their forties.")] // an age, not a decade
    [InlineData("The minister said on the programme \"This Week\" that talks were stuck.")] // a programme's title
    [InlineData("He told CBS's ``60 Minutes'' that he was innocent.")] // a programme's title, AP quotes
    [InlineData("He once ran 20th Century Fox Film Corp in Los Angeles.")] // a company's name, not a century
    [InlineData("She watched the evening news in the studio.")] // a part of day qualifying a noun
    [InlineData("Snow covered half of the winter wheat areas.")] // a season qualifying a noun
    [InlineData("The Communist Party daily Granma printed the letter.")] // a newspaper, not a frequency
    [InlineData("The mayor was quoted by the China Daily.")] // a name
    [InlineData("Prices fall in spring, the report said.")] // "fall" a verb; "spring" alone may be a noun
    [InlineData("Nobody could name the day of the week.")] // "the week" after "of" is no week of the story
    [InlineData("The new line will make 20,000 bicycles annually.")] // a rate after an amount: TimeML data leave it out
    [InlineData("Exports are expected to grow 6% annually.")] // a growth rate
    [InlineData("The pipeline carries 90,000 barrels daily to the coast.")] // a flow rate
    [InlineData("The ferry will sail as soon as the storm passes.")] // "as soon as" is a conjunction
    [InlineData("He read the interview in USA Today.")] // a newspaper's name
    [InlineData("The film High Noon was shown at the festival.")] // a film's title
    [InlineData("Porters earn 40 dollars a day after tax.")] // a rate, not the time between two events
    [InlineData("The inn, formerly a coaching house, reopened.")] // "formerly" before a name or title qualifies it, like "former"
    [InlineData("Soon after the vote, the mayor resigned.")] // "soon after" orders two events: a signal, not the future
    [InlineData("The ferry sank soon before the storm reached the cape.")] // "soon before" likewise
    [InlineData("In today's world, few farmers plough with horses.")] // the present age, not the day
    [InlineData("The museum wants to reach today's youth with its new hall.")] // the present age, not the day
    [InlineData("Thousands joined the March on Washington for jobs.")] // a march's name, not the month
    [InlineData("She walked in the March for Life with her sisters.")] // a march's name, not the month
    public void Extract_NotATimexReference_FindsNothing(string text)
    {
        DateExtractorTests.Extract(text, "2021-05-03").Should().BeEmpty();
    }

    [Theory]
    // A sentence all in capitals (wire bulletins): capitals say nothing of names, so a day word after a capitalized word is a date.
    [InlineData("THE ARMY SAID YESTERDAY THAT IT HAD TAKEN THE TOWN.", "YESTERDAY", "2021-05-02")]
    [InlineData("GUERRILLAS KIDNAPPED TODAY TWO ENGINEERS NEAR THE BORDER.", "TODAY", "2021-05-03")]
    [InlineData("THE MINISTER WILL ARRIVE TOMORROW IN THE CAPITAL.", "TOMORROW", "2021-05-04")]
    public void Extract_DayWordInAnAllCapitalsSentence_IsADate(string text, string expression, string value) =>
        Find(text, "2021-05-03", expression).Value.Should().Be(value);

    [Fact]
    public void Extract_VagueReference_KeepsContractValueNull()
    {
        DateRecord found = Find("Prices are high now.", "2021-05-03", "now");
        found.Value.Should().BeNull("the contract value names points and amounts only");
        found.Type.Should().Be("date");
    }

    [Fact]
    public void Extract_OffsetOfDays_KeepsTheDayAsContractValue()
    {
        DateRecord found = Find("The plant shut on Nov. 2. Three days later, it reopened.", "2021-11-20", "Three days later");
        found.Value.Should().Be("2021-11-05", "the contract value is the day the offset reaches");
        found.Type.Should().Be("date");
    }

    [Theory]
    [InlineData("The ferry sank on Friday night near the cape.", "2021-05-07", "Friday night", "2021-05-07TNI", "2021-05-07")]
    [InlineData("Crews cleared the road after a Monday morning crash.", "2021-05-07", "Monday morning", "2021-05-03TMO", "2021-05-03")]
    public void Extract_WeekdayPartOfDayAfterOn_KeepsPartInContractValueOnly(string text, string published, string expectedText, string value, string timexValue)
    {
        DateRecord found = Find(text, published, expectedText);
        found.Value.Should().Be(value, "the project's gold keeps the part of day (GUIDELINES: a part of day refines the day)");
        found.TimexValue.Should().Be(timexValue, "TimeML news data write the day alone after \"on\" or before a noun");
    }

    [Fact]
    public void Extract_DayPossessiveAfterWeekday_IsNoApposedDay()
    {
        ImmutableArray<DateRecord> dates = DateExtractorTests.Extract("Traders said on Friday, the day's biggest mover was the bank.", "2021-05-07");
        dates.Should().NotContain(d => d.Text == "the day", "\"the day's biggest mover\" is no day told in apposition");
    }

    [Fact]
    public void Extract_LastAsVerb_IsNoElidedYear()
    {
        ImmutableArray<DateRecord> dates = DateExtractorTests.Extract("The strike began this week and may last at least two more weeks.", "2021-05-07");
        dates.Should().NotContain(d => d.Text == "last", "\"last\" before a duration is the verb");
    }

    [Fact]
    public void Extract_WeekEndedDate_LeavesTheWeekToTheDate()
    {
        ImmutableArray<DateRecord> dates = DateExtractorTests.Extract("Grain shipments rose in the week to May 4, the ministry said.", "2021-05-07");
        dates.Should().NotContain(d => d.Text == "the week", "a reporting week is named by the date after it");
    }

    [Fact]
    public void Extract_WeekNotToldWhich_KeepsContractValueNull()
    {
        DateRecord found = Find("For the week, the harbour index fell 2%.", "2021-05-07", "the week");
        found.Value.Should().BeNull("no week can be told");
    }

    private static DateRecord Find(string text, string published, string expectedText)
    {
        int start = text.IndexOf(expectedText, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, "the expected text must be in the sentence");
        ImmutableArray<DateRecord> dates = DateExtractorTests.Extract(text, published);
        DateRecord? found = dates.FirstOrDefault(d => d.Start == start);
        found.Should().NotBeNull($"a date should start at {start} (\"{expectedText}\"); found {string.Join("; ", dates.Select(d => $"{d.Text}@{d.Start}={d.TimexValue}"))}");
        found!.Text.Should().Be(expectedText);
        found.End.Should().Be(start + expectedText.Length);
        return found;
    }
}
