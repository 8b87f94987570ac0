using NewsNlp.Events;
using NewsNlp.Events.Filters;

namespace NewsNlp.Tests.Events;

/// <summary>
/// Precision on news outside the event corpus (session 20, helper ev24p): several words for one act in one sentence, acts told as a
/// habit in any letter case. Invented sentences.
/// </summary>
public sealed class BulletinPrecisionTests
{
    private static EventCandidate Candidate(string actors, string targets, int sentence, int start)
    {
        var c = new EventCandidate { Type = EventTaxonomy.Strike, Start = start, End = start + 10 };
        c.Actors.AddRange(actors.Split(',', StringSplitOptions.RemoveEmptyEntries));
        c.Targets.AddRange(targets.Split(',', StringSplitOptions.RemoveEmptyEntries));
        c.Sentences.Add(sentence);
        return c;
    }

    [Theory]
    // "THE ATTACK WAS CARRIED OUT WITH RIFLE FIRE AND GRENADES": words with no party at all, one sentence, one act.
    [InlineData("", "", "", "", 0, 1)]
    [InlineData("", "SV", "", "", 0, 1)]
    [InlineData("FMLN", "SV", "", "", 0, 1)]
    // In another sentence a partyless word may be another attack.
    [InlineData("", "", "", "", 1, 2)]
    [InlineData("", "", "", "PE", 0, 1)]
    // Two words of one sentence with different targets and no actor are two attacks.
    [InlineData("", "SV", "", "PE", 0, 2)]
    public void Merge_PartylessWordOfTheSameSentence_JoinsItsAct(string a1, string t1, string a2, string t2, int sentence2, int expected)
    {
        EventMerger.Merge([Candidate(a1, t1, 0, 0), Candidate(a2, t2, sentence2, 40)]).Should().HaveCount(expected);
    }

    [Theory]
    // "in the past" with no span of time after it: a habit, in any letter case.
    [InlineData("The rebels have attacked Soviet interests in the past.", "attacked", true)]
    [InlineData("THE REBELS HAVE ATTACKED SOVIET INTERESTS IN THE PAST.", "ATTACKED", true)]
    [InlineData("In the past, the rebels attacked the pipeline.", "attacked", true)]
    // A span of time after it, words or digits: recent news.
    [InlineData("The rebels attacked the pipeline twice in the past week.", "attacked", false)]
    [InlineData("THE REBELS ATTACKED THE PIPELINE IN THE PAST 3 DAYS.", "ATTACKED", false)]
    [InlineData("The army said 90 people died in clashes in the past few hours.", "clashes", false)]
    [InlineData("The rebels launched the largest offensive in the past 8 years.", "offensive", false)]
    // A habit adverb before the trigger: the same list as after it.
    [InlineData("The two foreign ministers regularly met during the crisis.", "met", true)]
    [InlineData("The guerrillas usually attack the outposts at night.", "attack", true)]
    [InlineData("The guerrillas attacked the outposts at night.", "attacked", false)]
    public void Habit_AnyLetterCase_IsIrrealis(string text, string trigger, bool expected)
    {
        (var document, TriggerMatch match) = EventFacts.Trigger(text, trigger);
        IrrealisFilter.IsIrrealis(document, document.Sentences[0], match).Should().Be(expected);
    }

    [Theory]
    // A tally of acts in the perfect: many acts summed, no one act told.
    [InlineData("THE FRONT HAS TAKEN CREDIT FOR SEVERAL DYNAMITE ATTACKS AND RURAL ACTIONS.", "ATTACKS", true)]
    [InlineData("The group has carried out more than 130 attacks against the pipeline.", "attacks", true)]
    [InlineData("The rebels have staged dozens of raids on the border towns.", "raids", true)]
    // Without the perfect, or with a count below ten, the acts are news.
    [InlineData("Two rebels were killed after various clashes between army troops and rebels.", "clashes", false)]
    [InlineData("The rebels have launched three attacks on the garrison since dawn.", "attacks", false)]
    [InlineData("The rebels carried out several attacks on the garrison yesterday.", "attacks", false)]
    // "refrain from": the act is held back, not done.
    [InlineData("The guerrillas promise to refrain from attacks on the leaders of the government.", "attacks", true)]
    [InlineData("THE GUERRILLAS REFRAINED FROM ATTACKING THE CAPITAL.", "ATTACKING", true)]
    public void TallyOrRefrain_IsIrrealis(string text, string trigger, bool expected)
    {
        (var document, TriggerMatch match) = EventFacts.Trigger(text, trigger);
        IrrealisFilter.IsIrrealis(document, document.Sentences[0], match).Should().Be(expected);
    }
}
