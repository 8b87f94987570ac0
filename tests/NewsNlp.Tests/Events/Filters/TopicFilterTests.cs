using NewsNlp.Events;
using NewsNlp.Events.Filters;

namespace NewsNlp.Tests.Events.Filters;

public sealed class TopicFilterTests
{
    private static bool IsEconomic(string text, string triggerWord)
    {
        var document = EventFacts.Document(text);
        var sentence = document.Sentences[0];
        var found = new List<TriggerMatch>();
        TriggerLexicon.Default.Find(document, sentence, found);
        TriggerMatch match = found.First(m => text[document.Tokens[m.FirstToken].Start..].StartsWith(triggerWord, StringComparison.Ordinal));
        return TopicFilter.IsEconomicAppeal(document, sentence, match, ActorIndex.Build(document, EventFacts.For(text)));
    }

    [Theory]
    // Urging about economic policy is no appeal.
    [InlineData("The United States urged Japan to open its financial markets and cut its trade surplus.", "urged", true)]
    // Debt swaps and transfers to developing countries are economic policy too.
    [InlineData("The United States urged Mexico to widen its use of debt-equity swaps.", "urged", true)]
    [InlineData("Kenya called on the United States to lead industrialised lenders in easing loan terms.", "called", true)]
    // An appeal about conflict stays, even with an economic word.
    [InlineData("The United Nations urged Iran and Iraq to end the war that has hurt oil exports.", "urged", false)]
    // A plain call for restraint stays.
    [InlineData("China called on Pakistan and Iran to exercise restraint.", "called", false)]
    // An economic forecast that names no party is no threat.
    [InlineData("The banker warned that slower growth would bring a debt default.", "warned", true)]
    // A threat of trade measures against a named state stays.
    [InlineData("Japan warned the United States it may take retaliatory measures on imports.", "warned", false)]
    // Other types are not this filter's business.
    [InlineData("Iran attacked the oil terminal.", "attacked", false)]
    public void IsEconomicAppeal_Sentence_Decides(string text, string trigger, bool expected)
    {
        IsEconomic(text, trigger).Should().Be(expected);
    }

    [Theory]
    // A safety warning addressed to nobody is no threat.
    [InlineData("Belgian authorities warned it was essential to recover the drums.", "warned", true)]
    // An addressee right after the warning keeps it.
    [InlineData("Iran warned the United States against exacerbating the crisis.", "warned", false)]
    // A conflict word in the sentence keeps it.
    [InlineData("These attacks are our right, and we warn that our targets will keep expanding.", "warn", false)]
    public void IsForecastWarning_Sentence_Decides(string text, string triggerWord, bool expected)
    {
        var document = EventFacts.Document(text);
        var sentence = document.Sentences[0];
        var found = new List<TriggerMatch>();
        TriggerLexicon.Default.Find(document, sentence, found);
        TriggerMatch match = found.First(m => text[document.Tokens[m.FirstToken].Start..].StartsWith(triggerWord, StringComparison.Ordinal));
        TopicFilter.IsForecastWarning(document, sentence, match, ActorIndex.Build(document, EventFacts.For(text))).Should().Be(expected);
    }
}
