namespace NewsNlp.Tests.Extraction.Casualties;

public sealed class CasualtyExtractorTrapTests
{
    [Theory]
    [InlineData("“If the Iranians close the border, people will starve,” said one of them, Haji Mohammad Islam, 55.")] // an age after a name
    [InlineData("Maulana Mohammad Sadiq, 42, a cook, told AFP the missiles killed nobody he knew.")] // an age; "killed nobody" has no count
    [InlineData("The seminary is located about five kilometers from the site where the missile was fired.")] // a distance
    [InlineData("The Security Council passed Resolution 598 calling for a ceasefire.")] // a resolution number
    [InlineData("Pakistan scrambled two F-16 jets after the strike.")] // an aircraft model
    [InlineData("The 100-kg bomb went off outside an officers' mess at 10.30 P.M.")] // weight and clock time
    [InlineData("The bomb went off at 22:30 local time, killing nobody.")] // a clock time
    [InlineData("Of the 2.8 million who voted, 85% were in favour.")] // a decimal amount and a percentage
    [InlineData("The Boeing 737-800 crashed on Wednesday shortly after take-off.")] // an aircraft model number
    [InlineData("Flight 752 was shot down minutes after take-off from Tehran.")] // a flight number
    [InlineData("The civil war has been ongoing for seventeen years.")] // a duration
    [InlineData("Iran and Pakistan share a thousand-kilometer-long border.")] // a hyphenated measure
    [InlineData("The 67-year-old killer had kept a bracelet.")] // a hyphenated age
    [InlineData("It was the 21st attack on the base this year.")] // an ordinal
    [InlineData("The government offered 500 mln dlrs in compensation to families of those killed.")] // money next to "killed"
    [InlineData("The militants demanded $5 million for the release of the hostages.")] // money next to "hostages"
    [InlineData("He died in 2014, which stalled the study.")] // a year after "died"
    [InlineData("Jacques Chirac, who served as President for twelve years, died at home.")] // a duration before "died"
    [InlineData("Hosni Mubarak died aged 91 in a military hospital.")] // an age after "died"
    [InlineData("Van Halen died Tuesday at age 65 after a battle with cancer.")] // an age
    [InlineData("The explosion could kill thousands if the dam bursts, engineers warned.")] // hypothetical "could kill"
    [InlineData("The group threatened to kill 20 soldiers unless its demands were met.")] // threat, not a report
    [InlineData("Analysts warned the new missiles would kill hundreds of civilians in any war.")] // hypothetical "would kill"
    [InlineData("Thousands could be killed if the fighting spreads to the city.")] // hypothetical passive
    [InlineData("He said he did not believe any of the 17 men taken to hospital were seriously injured.")] // negated belief, "any of"
    [InlineData("Two people were not hurt in the crash.")] // negated passive
    [InlineData("The group said it plans to kidnap 50 officials.")] // intention
    [InlineData("Treasury Secretary James Baker said the tax could hurt financial markets.")] // hurt, no people
    [InlineData("The Egyptian government ordered the killing of over 300,000 pigs.")] // "the killing of": no pattern
    [InlineData("Iran launched 15 missiles at two bases in Iraq.")] // weapons are not casualties
    [InlineData("The attacks destroyed 30 homes and left the village without power.")] // things left, not people
    [InlineData("Four Revolutionary Guards divisions attacked Iraqi positions.")] // units of troops attacking
    [InlineData("Police questioned about 3,000 of the firm's former employees.")] // people, but no harm
    [InlineData("A Libyan force of some 3,000 men was abandoning the oasis.")] // troops counted, no harm
    [InlineData("The Baloch rebellion has led to enforced disappearances and extrajudicial killings.")] // harm named without a count
    [InlineData("The shells fell 10 km east of Basra, killing no one.")] // distance; "killing no one" has no number
    [InlineData("The Taliban met on Monday with a US peace envoy in Qatar, two weeks after the attack.")] // a duration
    [InlineData("There were no immediate reports of casualties.")] // unknown casualties are not zero
    [InlineData("The bus, carrying 40 passengers, was stopped at a checkpoint.")] // passengers carried, not harmed
    [InlineData("The town's 12,000 residents were told to stay indoors.")] // residents warned, not harmed
    [InlineData("The trial collected data from 499 patients in four towns.")] // patients, no harm
    [InlineData("He was sentenced to 11 years for his role in the killings.")] // a prison term
    [InlineData("About 45% of the wounded were children.")] // a percentage of the wounded
    [InlineData("Police chief Mijares gave the figures on March 5, a day after the bombing.")] // a date
    [InlineData("The deadliest attack since August 2018 came on Monday.")] // a year after a month
    [InlineData("The family was among 300 passengers evacuated from the ship.")] // evacuated is not displaced
    [InlineData("The 1,500-strong force was put on alert.")] // a hyphenated strength
    [InlineData("Two of the four engines failed, but all 200 on board survived.")] // survivors
    [InlineData("Bankers said the dollar slump hurt many investors last year.")] // economic harm: active "hurt" takes no count
    [InlineData("Canada decided the imports did not injure domestic producers.")] // economic "injure"
    [InlineData("The committee will meet again in 2022 to review the 2019 figures.")] // years
    public void Extract_NotACasualtyCount_FindsNothing(string sentence)
    {
        CasualtyTestKit.Describe(sentence).Should().BeEmpty();
    }

    [Theory]
    [InlineData("officials here said, but a second day of talks found them deadlocked on a plan to create migrant holding")]
    [InlineData("Police said gunmen were holding")]
    [InlineData("Rebels seized")]
    [InlineData("Troops detained")]
    [InlineData("12 killed")]
    public void Extract_ItemEndingInAHarmWord_DoesNotThrow(string text)
    {
        // An item cut off before its final stop (an agency lead, a feed of titles) may end on the verb a count would follow.
        FluentActions.Invoking(() => CasualtyTestKit.Extract(text)).Should().NotThrow();
    }
}
