namespace NewsNlp.Benchmarks.Corpus;

/// <summary>
/// A small stand-in corpus, written for these benchmarks (invented events, no third-party text),
/// used when <c>../shared/data/news/news.jsonl</c> is absent. It exercises the same shapes as
/// wire copy: datelines, titles, abbreviations, numbers, quotes, dashes, bullets and headings.
/// </summary>
internal static class EmbeddedCorpus
{
    private static readonly (string Id, string Published, string Text)[] Items =
    [
        ("bench-001", "2023-03-06", """
            Floods kill 14 in northern province, thousands displaced

            LAGOS, March 5 (Newswire) - Floods triggered by three days of heavy rain killed at least 14 people and forced about 3,500 from their homes in the north of the country, the state emergency agency said on Sunday.

            "We have recovered 14 bodies so far and the search continues," agency spokesman Ibrahim Musa-Bello told reporters at 10:30 a.m. local time. He said 23 people were injured, eight of them seriously.

            The U.N. refugee agency said on Saturday it had sent 1,200 tents and 50 tonnes of food. Rainfall was 40% above the average for March, according to the meteorological office.

            • Also read: Rains cut power to half of the capital

            Dr. Amina Yusuf, who runs the district hospital, said the wards were "full – every bed, every corridor."
            """),
        ("bench-002", "2022-11-18", """
            Ministers meet in Geneva as border talks resume

            GENEVA, Nov. 17 — Foreign ministers from the two neighbours met in Geneva on Thursday for the first time since the border clashes of 2021, which left 31 soldiers dead.

            Mr. Karimov and his counterpart, Gen. (retd) Sergei Ostapenko, shook hands before the cameras but did not speak. A joint statement is expected on Friday, officials said.

            The talks follow months of mediation by the E.U. and the U.S. State Department. "We didn't expect miracles," a European diplomat said. "But they're talking... and that's something."

            Calmed rhetoric

            Analysts said the tone had changed since Sept. 12, when both governments agreed to withdraw heavy weapons 15 km from the line. Trade between the countries fell 3.5% last year to $1.8 billion.

            Contact: press@example.org or visit https://example.org/talks for the full statement.
            """),
        ("bench-003", "2024-06-02", """
            EXPLOSION AT FUEL DEPOT INJURES 9, POLICE SAY

            An explosion at a fuel depot on the outskirts of the port city injured nine workers late on Saturday, police said, adding that the cause was not yet known.

            Firefighters brought the blaze under control by 2 a.m. on Sunday. Two of the injured were in critical condition, a hospital official said on condition of anonymity.

            The depot, which stores about 20,000 tonnes of diesel, was built in 1987 and last inspected in 2022-09-14, according to records seen by reporters. Its operator, Harbor Fuels Ltd., said in a statement it was "cooperating fully with the authorities."

            It was the 3rd such incident this year. In February, a blast at a refinery 40 miles away killed six people and wounded dozens more.
            """),
        ("bench-004", "2021-08-30", """
            President names new army chief amid security concerns

            The president on Monday named Lt. Gen. Daniel Okafor-Mensah as the new chief of army staff, replacing Gen. Paul Adeyemi, who retired after 38 years of service.

            Okafor-Mensah, 56, previously commanded the 8th Division in the east, where troops have fought insurgents for more than a decade. Officials said at least 120 militants were killed there in operations last month, a figure that could not be independently verified.

            “The army will remain neutral and professional,” the new chief said at a ceremony in the capital. Opposition leader Ms. Grace Uwem welcomed the appointment but called for an inquiry into the deaths of 17 civilians in a raid on Aug. 2.

            Human rights groups say more than 2,000 people have been killed in the conflict since 2015, and about 1.2 million displaced.
            """),
        ("bench-005", "2020-02-11", """
            Earthquake of magnitude 6.1 strikes off the coast

            TOKYO, Feb. 10 - An earthquake of magnitude 6.1 struck off the northeast coast early on Monday, shaking buildings in the capital, but there were no immediate reports of damage or casualties, the meteorological agency said.

            The quake hit at 4:12 a.m. at a depth of about 50 km. No tsunami warning was issued. Train services were briefly suspended and about 2,400 homes lost power, the utility said.

            The region was devastated in 2011 by a magnitude 9.0 quake and tsunami that killed about 18,500 people. Mr. Tanaka, a 72-year-old fisherman, said: "I woke up and ran outside... I thought it was happening again."
            """),
        ("bench-006", "2019-05-21", """
            Election officials begin count after record turnout

            Election officials began counting ballots on Tuesday after a vote that drew a record turnout of 67.4%, the electoral commission said.

            Results from the first 1,050 polling stations are expected by Wednesday afternoon. The commission's chairman, Justice Henry O'Connell, urged parties not to declare victory before the official count.

            • Polling stations in three districts stayed open until 9 p.m.
            • Observers from the African Union and the Commonwealth reported no major incidents.
            • Police said 12 people were arrested for attempted ballot stuffing.

            The governing party won 54% of seats at the last election in 2014. Its leader, Prime Minister Rosa Almeida-Santos, 61, is seeking a third term.
            """),
    ];

    /// <summary>The articles, in a fixed order.</summary>
    public static BenchArticle[] Articles()
    {
        var articles = new BenchArticle[Items.Length];
        for (int i = 0; i < Items.Length; i++)
        {
            (string id, string published, string text) = Items[i];
            var context = new ArticleContext { Id = id, Published = DateOnly.ParseExact(published, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
            articles[i] = new BenchArticle(id, text, context);
        }

        return articles;
    }
}
