using NewsNlp.Events;
using NewsNlp.Events.Filters;

namespace NewsNlp.Tests.Events.Filters;

public sealed class PartyFilterTests
{
    private static bool IsNonParty(string text, string triggerWord)
    {
        var document = EventFacts.Document(text);
        var sentence = document.Sentences[0];
        var found = new List<TriggerMatch>();
        TriggerLexicon.Default.Find(document, sentence, found);
        TriggerMatch match = found.First(m => text[document.Tokens[m.FirstToken].Start..].StartsWith(triggerWord, StringComparison.Ordinal));
        return PartyFilter.IsNonPartyAct(document, sentence, match, ActorIndex.Build(document, EventFacts.For(text)));
    }

    [Theory]
    // Talks with banks are no talks between states.
    [InlineData("The Philippines held talks with its creditor banks in New York.", "talks", true)]
    // A modifier before the trigger: labour talks.
    [InlineData("Contract negotiations with the union ended on Friday.", "negotiations", true)]
    // A domestic body: the cabinet meets.
    [InlineData("Schlueter said after a routine cabinet meeting that Japan would act.", "meeting", true)]
    // A firm speaks, then "it" signs.
    [InlineData("French bank Credit Lyonnais said it signed an agreement with China.", "signed", true)]
    // A firm as the subject of the clause.
    [InlineData("The U.S. aircraft maker agreed with Japan to share the work.", "agreed", true)]
    // An appeal to banks is no appeal between parties.
    [InlineData("Mulford urged the banks to explore different options.", "urged", true)]
    // A producers' association as subject.
    [InlineData("The American Soybean Association denounced Japan for its import curbs.", "denounced", true)]
    // Partners coordinated after a participant: "Iran and its lenders".
    [InlineData("Slow progress in talks between Iran and its major foreign lenders worried investors.", "talks", true)]
    // A count of banks is banks.
    [InlineData("The Philippines opened negotiations with its 12-bank advisory committee.", "negotiations", true)]
    // A leader's own advisers.
    [InlineData("Reagan spoke after a meeting with his top economic advisers.", "meeting", true)]
    // A country's own name ("Soviet Union", "World Bank") is no union or bank.
    [InlineData("Iran held talks with the Soviet Union on Monday.", "talks", false)]
    // A central bank is a state body.
    [InlineData("Japan's central bank governor accused China of dumping.", "accused", false)]
    // Talks between states about trade stay.
    [InlineData("Japan held talks with the United States on trade.", "talks", false)]
    // The partners end at an infinitive: rules on banks do not make banks the parties.
    [InlineData("Japan and China agreed to adopt rules requiring banks to hold capital.", "agreed", false)]
    // A strike's doer is a force, whoever owns the ship.
    [InlineData("Iranian gunboats attacked a tanker owned by a Kuwaiti company.", "attacked", false)]
    // A nation's "interests" right after its nationality are its firms (session 19); "American interests" in an appeal, or
    // "the interests of both" without a nationality, stay.
    [InlineData("Libya has signed an agreement with Greek and Turkish interests to set up a fishing fleet.", "signed", true)]
    [InlineData("Libya signed an agreement with Japanese interests on a new port.", "agreement", true)]
    [InlineData("Greece and Turkey signed an agreement in the interests of both peoples.", "signed", false)]
    [InlineData("Washington urged Iran to respect American interests in the Gulf.", "urged", false)]
    public void IsNonPartyAct_Sentence_Decides(string text, string trigger, bool expected)
    {
        IsNonParty(text, trigger).Should().Be(expected);
    }
}
