namespace NewsNlp.Tests.Extraction.Dates;

public sealed partial class DateExtractorTests
{
    [Theory]
    [InlineData("A British Army spokeswoman said today that seven people were still in hospital.", "1987-03-24", "today", "1987-03-24")] // "today" is the article date
    [InlineData("Yesterday, Indonesia's security minister was stabbed.", "2019-10-11", "Yesterday", "2019-10-10")] // capitalized, sentence-initial
    [InlineData("Twin bombings yesterday struck the cathedral.", "2019-01-28", "yesterday", "2019-01-27")] // "yesterday" mid-sentence
    [InlineData("The minister will visit Kabul tomorrow.", "2024-01-19", "tomorrow", "2024-01-20")] // "tomorrow"
    [InlineData("Leaders will meet tonight in Brussels.", "2024-01-19", "tonight", "2024-01-19TNI")] // "tonight" is today's night
    [InlineData("A car bomb exploded at the base last night, injuring 30.", "1987-03-24", "last night", "1987-03-23TNI")] // "last night" is the night before
    [InlineData("Five civilians died in last night's attack.", "2019-01-30", "last night", "2019-01-29TNI")] // possessive after "last night"
    [InlineData("The rally began this morning in the capital.", "2024-01-19", "this morning", "2024-01-19TMO")] // "this morning"
    [InlineData("The evacuation started yesterday morning, diplomats said.", "1987-03-26", "yesterday morning", "1987-03-25TMO")] // relative day with part of day
    [InlineData("Thatcher left Bonn early yesterday evening after talks.", "1987-03-24", "early yesterday evening", "1987-03-23TEV")] // "early" is part of the expression (mod START)
    [InlineData("Iran earlier today said its forces launched fresh attacks.", "1987-03-05", "earlier today", "1987-03-05")] // "earlier today" is one expression
    [InlineData("The storm will hit the coast tomorrow night.", "2024-01-19", "tomorrow night", "2024-01-20TNI")] // "tomorrow night"
    [InlineData("TODAY THE ARMY TOOK CONTROL OF THE CITY", "2024-01-19", "TODAY", "2024-01-19")] // all-caps headline
    [InlineData("BAGHDAD, March 5 - Iraqi forces crushed an offensive last night.", "1987-03-05", "last night", "1987-03-04TNI")] // dateline equals publication
    [InlineData("ANKARA, March 29 - The survey ship sailed into the Aegean yesterday.", "1987-03-28", "yesterday", "1987-03-28")] // a dateline ahead of publication anchors relative days
    public void Extract_RelativeDay_CountsFromArticleDate(string text, string published, string expectedText, string expectedValue) =>
        AssertFinds(text, published, expectedText, expectedValue);

    [Theory]
    [InlineData("They agreed to de-escalate after attacks between the two countries this week.", "2024-01-19", "this week", "2024-W03")] // ISO week of a Friday
    [InlineData("The attack on the embassy took place this week.", "2020-01-05", "this week", "2020-W01")] // Sunday belongs to the ISO week before it
    [InlineData("Last week a Kabul car bombing killed five people.", "2019-01-24", "Last week", "2019-W03")] // previous ISO week
    [InlineData("Relations were strained last week when a submarine entered.", "2004-11-18", "last week", "2004-W46")] // previous ISO week
    [InlineData("Thatcher will visit Moscow next week.", "1987-03-24", "next week", "1987-W14")] // following ISO week
    [InlineData("Greece earlier this week declared the accord void.", "2024-01-19", "earlier this week", "2024-W03")] // "earlier" joins the span
    [InlineData("Leaders will meet at a summit in Chile later this month.", "2004-11-18", "later this month", "2004-11")] // "later this month"
    [InlineData("Greece earlier this month declared it considers the accord inoperative.", "1987-03-28", "earlier this month", "1987-03")] // "earlier this month"
    [InlineData("Last month, Alexei Navalny was airlifted to Berlin.", "2020-09-05", "Last month", "2020-08")] // previous month
    [InlineData("Washington will start escorting tankers next month.", "1987-06-29", "next month", "1987-07")] // following month
    [InlineData("Exports fell 3 percent this month.", "2024-01-19", "this month", "2024-01")] // current month
    [InlineData("Labour held talks last year with U.S. officials.", "1987-03-25", "last year", "1986")] // previous year
    [InlineData("The economy is expected to grow next year.", "2024-01-19", "next year", "2025")] // following year
    [InlineData("This year will see a pickup in growth.", "1987-03-09", "This year", "1987")] // current year
    [InlineData("The company will deliver the planes late this year.", "1987-06-02", "late this year", "1987")] // "late" joins the span
    [InlineData("Growth slowed sharply late last year.", "2024-01-19", "late last year", "2023")] // "late last year"
    [InlineData("The plant should reopen early next year.", "2024-01-19", "early next year", "2025")] // "early next year"
    [InlineData("Fighting resumed this weekend in the north.", "2024-01-19", "this weekend", "2024-W03-WE")] // weekend of the ISO week
    [InlineData("Thousands marched last weekend in the capital.", "2024-01-19", "last weekend", "2024-W02-WE")] // previous weekend
    [InlineData("Talks went on over the weekend, officials said on Monday.", "1989-10-30", "the weekend", "1989-W43-WE")] // "the weekend" in a past clause: the one just ended
    [InlineData("The ministers will meet during the weekend.", "1989-10-30", "the weekend", "1989-W44-WE")] // in a future clause: the coming one
    [InlineData("Crowds gathered over the weekend.", "1989-10-29", "the weekend", "1989-W43-WE")] // written on a Sunday: this one
    [InlineData("Results are due next quarter, the bank said.", "2024-01-19", "next quarter", "2024-Q2")] // quarters
    [InlineData("This week saw a referendum seeking autonomy.", "2019-01-28", "This week", "2019-W04")] // a past "this week" on a Monday looks back on the week just ended
    public void Extract_RelativeUnit_GivesWeekMonthOrYear(string text, string published, string expectedText, string expectedValue) =>
        AssertFinds(text, published, expectedText, expectedValue);

    [Theory]
    [InlineData("The rebels seized the town two days ago.", "2024-01-19", "two days ago", "2024-01-17")] // days ago give a day
    [InlineData("The assaults, the most recent launched two months ago, cost millions.", "1987-06-02", "two months ago", "1987-04")] // months ago give a month
    [InlineData("Prices were 94 pct of a year ago.", "1987-04-24", "a year ago", "1986")] // "a year ago" gives a year
    [InlineData("The ceasefire collapsed three weeks ago.", "2024-01-19", "three weeks ago", "2023-W52")] // weeks ago give an ISO week
    [InlineData("The militia was formed six months ago.", "2024-01-19", "six months ago", "2023-07")] // six months back
    [InlineData("He was elected two years ago on a reform ticket.", "2024-01-19", "two years ago", "2022")] // years ago
    [InlineData("The ship sank 48 hours ago off the coast.", "2024-01-19", "48 hours ago", "2024-01-19")] // hours ago stay on the article day
    [InlineData("The war began a decade ago.", "2024-01-19", "a decade ago", "2014")] // a decade back, as a year
    [InlineData("The rules take effect two weeks from now.", "2024-01-19", "two weeks from now", "2024-W05")] // "from now" looks ahead
    [InlineData("Police raided the office 10 days ago.", "2024-01-19", "10 days ago", "2024-01-09")] // digits
    [InlineData("The protests began a few days ago.", "2024-01-19", "a few days ago", null)] // vague amount: no value
    [InlineData("The court ruled on July 2. A few days later, the plan was dropped.", "2019-07-20", "A few days later", null)] // a vague offset has no value
    public void Extract_Ago_CountsBackFromArticleDate(string text, string published, string expectedText, string? expectedValue) =>
        AssertFinds(text, published, expectedText, expectedValue);

    [Theory]
    [InlineData("On Thursday, Cengiz addressed reporters. The previous day, PBS revealed new details.", "2019-09-29", "The previous day", "2019-09-25")] // the day before the last resolved day
    [InlineData("Also on Sunday, the US announced a withdrawal first announced seven days earlier.", "2019-10-15", "seven days earlier", "2019-10-06")] // seven days before Sunday, not before publication
    [InlineData("The fighting began on March 3. Three weeks later, the town fell.", "2024-04-10", "Three weeks later", "2024-W12")] // weeks after the last date give an ISO week
    [InlineData("Iran fired missiles on Tuesday. A day earlier, it had warned Pakistan.", "2024-01-19", "A day earlier", "2024-01-15")] // "a day earlier"
    [InlineData("The strike came on Monday. The next day, Pakistan retaliated.", "2024-01-19", "The next day", "2024-01-16")] // "the next day"
    [InlineData("The envoy left on Monday and returned the following day.", "2024-01-19", "the following day", "2024-01-16")] // "the following day"
    [InlineData("Rules were announced on Friday; the new rules were released later the same day.", "2019-10-27", "later the same day", "2019-10-25")] // same day as the last date
    [InlineData("Thatcher met Mitterrand on Monday; she had flown in earlier in the day.", "1987-03-24", "earlier in the day", "1987-03-23")] // the anchor's own day
    [InlineData("Profits were 163 mln rupees in calendar 1986, up from 133 mln the previous year.", "1987-03-05", "the previous year", "1985")] // previous to the last year named, not to publication
    [InlineData("The company was founded in 2015 and listed the following year.", "2024-01-19", "the following year", "2016")] // following the last year named
    [InlineData("The franchise expired on Monday, the same day Congress reconvened.", "2020-05-06", "the same day", "2020-05-04")] // "the same day"
    [InlineData("The rebels attacked on Sunday. Two days later, the army responded.", "2024-01-19", "Two days later", "2024-01-16")] // days later give a day
    [InlineData("The court ruled on Friday. Policy takes effect December 10. The rules were published later that day.", "2019-10-27", "later that day", "2019-10-25")] // future dates do not become the anchor
    [InlineData("It features material compiled throughout the previous month.", "2020-07-25", "the previous month", "2020-06")] // no month named before: the month before publication
    [InlineData("Bayes withdrew in March 2019. The next month, the party nominated a new ticket.", "2020-07-25", "The next month", "2019-04")] // the month after the last month named
    [InlineData("The 2020 campaign began in June. The previous month, polls had shifted.", "2020-07-25", "The previous month", "2020-05")] // an attributive year does not move the month
    public void Extract_AnchorOffset_CountsFromLastResolvedDate(string text, string published, string expectedText, string expectedValue) =>
        AssertFinds(text, published, expectedText, expectedValue);
}
