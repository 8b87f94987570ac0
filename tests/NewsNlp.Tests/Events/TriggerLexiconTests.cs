using NewsNlp.Events;

namespace NewsNlp.Tests.Events;

public sealed class TriggerLexiconTests
{
    private static string[] Find(string text)
    {
        var document = EventFacts.Document(text);
        var found = new List<TriggerMatch>();
        foreach (var sentence in document.Sentences)
        {
            TriggerLexicon.Default.Find(document, sentence, found);
        }

        return [.. found.Select(m => $"{m.Type}:{text[document.Tokens[m.FirstToken].Start..document.Tokens[m.LastToken].End]}")];
    }

    [Theory]
    // Irregular past tense listed in the lexicon.
    [InlineData("Iran struck the town.", "strike:struck")]
    // Regular inflection generated from "shell+".
    [InlineData("Troops shelled the village.", "strike:shelled")]
    // Consonant doubling generated from "stab+".
    [InlineData("A man stabbed the minister.", "strike:stabbed")]
    // A gap of a few words inside a phrase.
    [InlineData("Pakistan recalled its ambassador to Tehran.", "diplomatic_downgrade:recalled its ambassador")]
    // Curly quotes inside the phrase are skipped.
    [InlineData("They agreed to “de-escalate” tensions.", "deescalation:de-escalate")]
    // A multi-word noun.
    [InlineData("After a telephone conversation, calm returned.", "consultation:telephone conversation")]
    // Case does not matter.
    [InlineData("CEASEFIRE HOLDS IN GAZA", "deescalation:CEASEFIRE")]
    // Gold trigger words of the corpus's train split the lexicon missed (trig9): fighting verbs, plurals, alerts and incursions.
    [InlineData("Iraq said its troops repelled an Iranian attack east of Basra.", "strike:repelled")]
    [InlineData("Chadian troops overran an important garrison at Fada.", "strike:overran")]
    [InlineData("Army units fought skirmishes with rebels near the border.", "strike:skirmishes")]
    [InlineData("Rebels harassed the border posts overnight.", "strike:harassed")]
    [InlineData("Both sides declared unilateral truces.", "deescalation:truces")]
    [InlineData("Panama had broken diplomatic relations with Peru.", "diplomatic_downgrade:broken diplomatic relations")]
    [InlineData("The bishops called upon the rebels to lay down their arms.", "appeal:called upon")]
    [InlineData("We demand that the army withdraw from the town.", "appeal:demand that")]
    [InlineData("Iran vowed to avenge the deaths of its sailors.", "threat:vowed to avenge")]
    [InlineData("The rebels charged that the army had bombed villages.", "accusation:charged that")]
    [InlineData("The army declared a state of maximum alert.", "mobilization:state of maximum alert")]
    [InlineData("Nicaraguan troops entered Honduran territory on Sunday.", "mobilization:entered Honduran territory")]
    public void Find_NewsSentence_MatchesTrigger(string text, string expected)
    {
        Find(text).Should().Contain(expected);
    }

    [Fact]
    public void Find_PunctuationInsideGap_StopsTheMatch()
    {
        Find("Pakistan recalled the event; its ambassador left.").Should().NotContain(f => f.StartsWith("diplomatic_downgrade", StringComparison.Ordinal));
    }

    [Fact]
    public void Default_LoadsEveryType()
    {
        TriggerLexicon.Default.Count.Should().BeGreaterThan(100);
    }
}
