using NewsNlp.Text;

namespace NewsNlp.Events.Arguments;

/// <summary>
/// The guessed other side of a strike whose clause names no target. The sentence's own other country comes before the article's
/// main parties: "Iraq attacking offshore oil fields" in a sentence on the Iranians, "Kuwaiti tankers have come under Iranian attack",
/// "the U.S. bombing of Libya" in a story on transatlantic air traffic (judged over news: the article's main party of a market or
/// travel story was given as the target).
/// </summary>
internal static class StrikeTargets
{
    /// <summary>
    /// Adds the first country the sentence names (by name, demonym, capital, alias or place; a dateline is where the story was filed
    /// from, no side) that is not the actor's or a non-party use. True when it added one.
    /// </summary>
    public static bool AddFromSentence(Document document, Sentence sentence, ActorIndex index, EventCandidate candidate, List<string> nonParties)
    {
        int from = Datelines.ProseStart(document, sentence, capitalsAlone: true);
        for (int m = index.FirstAtOrAfter(from); m < index.Mentions.Length && index.Mentions[m].FirstToken < sentence.EndToken; m++)
        {
            ActorMention mention = index.Mentions[m];
            if (mention.Form is ActorForm.Name or ActorForm.Demonym or ActorForm.Capital or ActorForm.Alias or ActorForm.Place
                && !candidate.Actors.Contains(mention.Code) && !nonParties.Contains(mention.Code))
            {
                candidate.TargetsByDefault = true;
                candidate.Targets.Add(mention.Code);
                return true;
            }
        }

        return false;
    }
}
