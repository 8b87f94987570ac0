using System.Collections.Immutable;

namespace NewsNlp.Tests.Extraction.Casualties;

/// <summary>
/// Counts told by reference (issue 19, session 14): a pronoun object that stands for a count named before it, a time
/// phrase between a casualty word and its victims, and a toll restated in a later sentence, which stays one record
/// that lists every passage stating it (<see cref="CasualtyRecord.Mentions"/>). Invented sentences only; the whole
/// pipeline runs (the time phrases come from the date stage).
/// </summary>
public sealed class CasualtyReferenceTests
{
    private static readonly NewsExtractor Extractor = NewsExtractor.Create();

    private static ImmutableArray<CasualtyRecord> Extract(string text) =>
        Extractor.Extract(text, new ArticleContext { Id = "t", Published = new DateOnly(2021, 5, 10) }).Casualties;

    private static string Describe(string text) =>
        string.Join("; ", Extract(text).Select(r => $"{r.Kind}:{r.Count?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}"));

    [Theory]
    // "both" as the whole object is two people.
    [InlineData("A crowd beat four guards and set two of them alight, killing both men.", "killed:2")]
    [InlineData("The rebels ambushed the patrol and killed both.", "killed:2")]
    [InlineData("Snipers killed both of them near the bridge.", "killed:2")]
    // "both A and B" joins two groups and counts nothing; "both" before a thing is no count.
    [InlineData("The blast killed both soldiers and civilians.", "")]
    [InlineData("The storm killed both crops in the valley.", "")]
    // A pronoun object stands for the nearest count of people before it in the sentence.
    [InlineData("Soldiers stopped five farmers at a roadblock and shot them dead.", "killed:5")]
    [InlineData("Gunmen took 12 miners from the camp and killed them all.", "killed:12")]
    [InlineData("Pirates boarded the ship, seized its 20 sailors and kidnapped them.", "kidnapped:20")]
    // The count it stands for must be people, and a threat is no count (no killed item; since session 19 "held" with a
    // named captor is a capture, so the engineers held are kidnapped, as "holding three hostages" is).
    [InlineData("Thieves stole 40 cattle and killed them.", "")]
    [InlineData("The guerrillas held three engineers and threatened to kill them.", "kidnapped:3")]
    // A subject already counted is not counted again by its pronoun.
    [InlineData("Three soldiers were wounded when a mine hit them.", "injured:3")]
    public void Pronoun_objects(string sentence, string expected) =>
        Describe(sentence).Should().Be(expected);

    [Theory]
    // A time phrase between the verb and its victims is read past.
    [InlineData("Troops killed on Sunday 14 villagers near the river.", "killed:14")]
    [InlineData("Police arrested last week 30 students at the university.", "arrested:30")]
    // ... and between a harm noun and its "of".
    [InlineData("The murders during the past two days of a mayor and a teacher shocked the province.", "killed:1; killed:1")]
    // A verb with no object after its time phrase reads as before.
    [InlineData("Two policemen were killed on Monday, officials said.", "killed:2")]
    // A date inside a toll's phrase is read past: a day's number is no count (the date stage runs first).
    [InlineData("The death toll from the March 3 mine explosion in the north rises to 21.", "killed:21")]
    [InlineData("The death toll from the blast on May 4, 2015 in the port climbed to 9.", "killed:9")]
    public void Time_phrases_between_word_and_victims(string sentence, string expected) =>
        Describe(sentence).Should().Be(expected);

    [Fact]
    public void A_restated_toll_is_one_record_with_both_passages()
    {
        const string text = "Gunmen killed six villagers in an attack on Tuesday. Officials later confirmed that six villagers were killed.";
        ImmutableArray<CasualtyRecord> records = Extract(text);
        records.Should().ContainSingle();
        CasualtyRecord record = records[0];
        record.Mentions.Should().HaveCount(2);
        record.Mentions[0].Start.Should().Be(record.Start);
        record.Mentions[0].End.Should().Be(record.End);
        record.Mentions[1].Start.Should().BeGreaterThan(text.IndexOf("Officials", StringComparison.Ordinal));
        foreach (TextMention mention in record.Mentions)
        {
            text[mention.Start..mention.End].Should().Be(mention.Text);
        }
    }

    [Theory]
    // A definite count points back at victims already counted: no second passage.
    [InlineData("Rebels killed two farmers near the town on Friday. The two farmers killed were buried on Sunday.")]
    [InlineData("Police arrested four traders on Monday. The names of the four arrested were not released.")]
    public void A_definite_reference_back_adds_no_passage(string text)
    {
        ImmutableArray<CasualtyRecord> records = Extract(text);
        records.Should().ContainSingle();
        records[0].Mentions.Should().ContainSingle().Which.Start.Should().Be(records[0].Start);
    }

    [Theory]
    // "more", "another", "other" after or before the count say these are other victims: a record of their own.
    [InlineData("Rebels inflicted two casualties on the army on Monday. On Tuesday they inflicted two more casualties.", 4)]
    [InlineData("Three soldiers were killed on Monday. Another three soldiers were killed on Tuesday.", 2)]
    [InlineData("Two guards were wounded in the morning. Two other guards were wounded at night.", 2)]
    // Vague amounts repeat only in the same words.
    [InlineData("The bombs caused hundreds of deaths. The mines caused thousands of deaths.", 2)]
    // A plain restatement, and "the other N" pointing back, stay one record.
    [InlineData("Fifteen others were killed. Reporters asked who the other 15 people killed were.", 1)]
    [InlineData("Three soldiers were killed on Monday. Officials said three soldiers were killed.", 1)]
    public void More_victims_are_never_merged_into_an_earlier_count(string text, int records)
    {
        Extract(text).Should().HaveCount(records);
        Extract(text).Sum(r => r.Mentions.Length).Should().Be(records + (records == 1 && text.Contains("Officials", StringComparison.Ordinal) ? 1 : 0));
    }

    [Fact]
    public void A_single_statement_has_its_evidence_as_its_one_passage()
    {
        CasualtyRecord record = Extract("A bomb killed three police officers in the market.").Should().ContainSingle().Subject;
        record.Mentions.Should().Equal(new TextMention(record.Text, record.Start, record.End));
    }
}
