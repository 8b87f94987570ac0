using NewsNlp.Events;

namespace NewsNlp.Tests.Events;

public sealed class EventMergerTests
{
    private static EventCandidate Candidate(string type, string actors, string targets, string? date = null, bool reference = false, int start = 0)
    {
        var c = new EventCandidate { Type = type, Start = start, End = start + 10, ReferenceOnly = reference, Date = date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) };
        c.Actors.AddRange(actors.Split(',', StringSplitOptions.RemoveEmptyEntries));
        c.Targets.AddRange(targets.Split(',', StringSplitOptions.RemoveEmptyEntries));
        return c;
    }

    [Theory]
    // A mutual back-reference joins the strike it names.
    [InlineData("IR", "PK", "2024-01-16", "PK,IR", "", null, true, true)]
    // The reply strike goes the other way: a new event.
    [InlineData("IR", "PK", "2024-01-16", "PK", "IR", "2024-01-18", false, false)]
    // Same parties on different days: two events.
    [InlineData("IR", "PK", "2024-01-16", "IR", "PK", "2024-01-18", false, false)]
    // Same parties, one undated: one event.
    [InlineData("IR", "PK", "2024-01-16", "IR", "PK", null, false, true)]
    // An attacker-only reference fills an attack with no known attacker.
    [InlineData("", "SA", null, "Houthis", "", null, true, true)]
    public void AreCompatible_TwoStrikes_Decides(string a1, string t1, string? d1, string a2, string t2, string? d2, bool reference, bool expected)
    {
        EventMerger.AreCompatible(Candidate("strike", a1, t1, d1), Candidate("strike", a2, t2, d2, reference)).Should().Be(expected);
    }

    [Fact]
    public void Merge_BackReferenceWithNothingToJoin_AddsNothing()
    {
        EventMerger.Merge([Candidate("strike", "PK,IR", "", reference: true)]).Should().BeEmpty();
    }

    [Fact]
    public void Merge_TwoMeetingsWithDifferentParties_StayTwo()
    {
        EventMerger.Merge([Candidate("consultation", "PK", ""), Candidate("consultation", "PK,IR", "", start: 20)]).Should().HaveCount(2);
    }

    [Theory]
    [InlineData("consultation", "DE", "BR", "BR", "DE", null, null, 1)]          // "Bonn met Brasilia" and "Brasilia held talks with Bonn": one meeting
    [InlineData("agreement", "US", "CA", "CA", "US", "1987-10-03", null, 1)]    // a deal told from either side
    [InlineData("consultation", "DE", "BR", "BR", "DE", "1987-03-03", "1987-03-09", 2)] // two days, two meetings
    [InlineData("consultation", "DE", "BR", "BR", "FR", null, null, 2)]          // other parties, another meeting
    [InlineData("strike", "IR", "IQ", "IQ", "IR", null, null, 2)]                // a strike and the reply strike stay two
    [InlineData("deescalation", "IQ", "IR", "IR", "IQ", null, null, 2)]          // two one-sided halts stay two
    public void Merge_ReversedParties_JoinOnlyTalksAndDeals(string type, string a1, string t1, string a2, string t2, string? d1, string? d2, int expected)
    {
        EventMerger.Merge([Candidate(type, a1, t1, d1), Candidate(type, a2, t2, d2, start: 40)]).Should().HaveCount(expected);
    }

    [Theory]
    // "the talks between Iran and Iraq ... the first round of talks": the reference that names both sides makes the meeting mutual.
    [InlineData("consultation", "IQ,IR")]
    [InlineData("agreement", "IQ,IR")]
    // A strike keeps its direction: a clash merged into an attack does not make the attack mutual.
    [InlineData("strike", "IQ")]
    public void Merge_StatedMutualReference_MakesTalksAndDealsMutual(string type, string actors)
    {
        EventCandidate mutual = Candidate(type, "IQ,IR", "", reference: true);
        mutual.Mutual = true;
        var events = EventMerger.Merge([Candidate(type, "IQ", "IR", start: 40), mutual]);

        events.Should().ContainSingle();
        string.Join(",", events[0].Actors).Should().Be(actors);
    }

    [Fact]
    public void Merge_Duplicates_KeepEvidenceOfTheFirstSpecificOne()
    {
        var events = EventMerger.Merge([Candidate("strike", "IR", "", start: 50), Candidate("strike", "IR", "PK", "2024-01-16", start: 5)]);
        events.Should().ContainSingle();
        events[0].Start.Should().Be(5);
        events[0].Targets.Should().Equal("PK");
    }

    [Fact]
    public void Merge_KeepsTheEvidenceOfEveryMergedReference_OnceEach()
    {
        var events = EventMerger.Merge([Candidate("strike", "IR", "", start: 50), Candidate("strike", "IR", "PK", "2024-01-16", start: 5),
            Candidate("strike", "IR", "PK", reference: true, start: 80), Candidate("strike", "IR", "", start: 50)]);

        events.Should().ContainSingle();
        events[0].MergedEvidence.Should().Equal((50, 60), (80, 90));
    }

    [Fact]
    public void Extract_EveryEventMentionIsItsTextInOrder_AndHoldsTheEvidence()
    {
        const string text = "Iran struck militant bases in Pakistan on Tuesday. Pakistan condemned the attack. The Iranian strike killed two children.";
        ArticleRecord record = NewsExtractor.Create().Extract(text, new ArticleContext { Published = new DateOnly(2024, 1, 19) });

        record.Events.Should().NotBeEmpty();
        foreach (EventRecord e in record.Events)
        {
            e.Mentions.Should().Contain(m => m.Start == e.Start && m.End == e.End);
            e.Mentions.Should().BeInAscendingOrder(m => m.Start).And.OnlyHaveUniqueItems();
            e.Mentions.Should().OnlyContain(m => m.Text == text.Substring(m.Start, m.End - m.Start));
        }
    }
}
