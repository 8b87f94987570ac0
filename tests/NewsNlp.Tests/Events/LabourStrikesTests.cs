using NewsNlp.Events;
using NewsNlp.Events.Filters;

namespace NewsNlp.Tests.Events;

/// <summary>One sense per article for "strike" (<see cref="LabourStrikes"/>): invented sentences.</summary>
public sealed class LabourStrikesTests
{
    [Theory]
    // The article's labour strike is the strike told later.
    [InlineData("Seamen stayed on strike for a second week. The strike will continue, the union said.", 1, true)]
    [InlineData("Strikers blocked the port on Monday. Pickets gathered outside strike headquarters in the capital.", 1, true)]
    [InlineData("Dock workers' strike closed the port. Ministers said the strike cost millions.", 1, true)]
    // A military word before it, or armed harm in its sentence, keeps an attack.
    [InlineData("Seamen stayed on strike for a second week. Officials said a missile strike hit a depot.", 1, false)]
    [InlineData("Seamen stayed on strike for a second week. Across the border, the strike killed nine soldiers.", 1, false)]
    // No labour strike in the article: a bare strike stays an attack.
    [InlineData("The strike hit a depot near the border. Officials said the strike was the largest this year.", 1, false)]
    public void IsLabourStrike_OneSensePerArticle(string text, int sentenceIndex, bool expected)
    {
        var document = EventFacts.Document(text);
        var sentence = document.Sentences[sentenceIndex];
        var found = new List<TriggerMatch>();
        TriggerLexicon.Default.Find(document, sentence, found);
        TriggerMatch strike = found.Last(m => m.Type == EventTaxonomy.Strike);

        LabourStrikes.IsLabourStrike(document, sentence, strike).Should().Be(expected);
    }
}
