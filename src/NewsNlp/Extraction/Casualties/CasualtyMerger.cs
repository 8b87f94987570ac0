using System.Collections.Immutable;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// Turns mentions into records: a figure repeated for the same kind (and compatible victim groups)
/// is one record, preferring running text over the headline for its evidence. Totals are kept as
/// stated, never summed.
/// </summary>
internal static class CasualtyMerger
{
    private const string Civilians = "civilians";

    private static readonly WordClass CivilianGroups = Lexicon.Default.Class("casualties/civilian-groups");

    /// <summary>Merges repeated figures and adds attribution; records come out in text order.</summary>
    public static ImmutableArray<CasualtyEntity> Merge(Document document, List<CasualtyMention> mentions)
    {
        var kept = new List<Entry>(mentions.Count);
        for (int pass = 0; pass < 2; pass++)
        {
            foreach (CasualtyMention mention in mentions)
            {
                bool headline = document.Sentences[mention.Sentence].Kind != SentenceKind.Prose;
                if (headline != (pass == 1))
                {
                    continue;
                }

                Entry? same = null;
                foreach (Entry entry in kept)
                {
                    if (entry.Mention.Kind == mention.Kind && entry.Mention.Quantity.Count == mention.Quantity.Count
                        && Compatible(entry.Groups, mention.Groups) && !AreOthersInOneSentence(entry.Mention, mention))
                    {
                        same = entry;
                        break;
                    }
                }

                if (same is null)
                {
                    kept.Add(new Entry(mention, [.. mention.Groups]));
                }
                else if (same.Groups.Count == 0)
                {
                    same.Groups.AddRange(mention.Groups);
                }
            }
        }

        kept.Sort(static (a, b) => a.Mention.Start != b.Mention.Start ? a.Mention.Start.CompareTo(b.Mention.Start) : a.Mention.Kind.CompareTo(b.Mention.Kind));
        if (kept.Count == 0)
        {
            return [];
        }

        var records = ImmutableArray.CreateBuilder<CasualtyEntity>(kept.Count);

        // The places are looked up only when there is a count to place: most articles report none.
        CasualtyPlaces places = CasualtyPlaces.Find(document);
        foreach (Entry entry in kept)
        {
            CasualtyMention m = entry.Mention;
            records.Add(new CasualtyEntity(
                m.KindName, m.Quantity.Count, m.Quantity.Min, m.Quantity.Max, m.Quantity.Approximate, [.. entry.Groups],
                CasualtyAttribution.Find(document, m.Sentence), m.Start, m.End)
            {
                Scope = m.Scope,
                Country = places.CountryOf(m.Sentence, m.Start, m.End, m.Scope),
            });
        }

        return records.MoveToImmutable();
    }

    /// <summary>
    /// Two counts of one sentence with separate evidence are different victims ("one army officer
    /// and a civilian died", "killing one soldier and one policeman"), never a repeat: a repeat is
    /// told in another sentence. The same words read by two patterns overlap and stay one.
    /// </summary>
    private static bool AreOthersInOneSentence(CasualtyMention kept, CasualtyMention incoming) =>
        kept.Sentence == incoming.Sentence && (kept.End <= incoming.Start || incoming.End <= kept.Start);

    /// <summary>Groups agree when either side names none, or one side's groups all appear in the other's (civilians cover their kinds).</summary>
    private static bool Compatible(List<string> kept, IReadOnlyList<string> incoming)
    {
        if (kept.Count == 0 || incoming.Count == 0)
        {
            return true;
        }

        return Covers(kept, incoming) || Covers(incoming, kept);
    }

    /// <summary>True when every group of <paramref name="part"/> is one of <paramref name="whole"/>'s.</summary>
    private static bool Covers(IReadOnlyList<string> whole, IReadOnlyList<string> part)
    {
        foreach (string group in part)
        {
            bool found = false;
            foreach (string other in whole)
            {
                found |= Same(other, group);
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One group, or civilians and a group of civilians ("nine peasants" told again as "nine civilians").</summary>
    private static bool Same(string a, string b) =>
        a == b || (a == Civilians && Lexicon.Default.Contains(CivilianGroups, b)) || (b == Civilians && Lexicon.Default.Contains(CivilianGroups, a));

    private sealed record Entry(CasualtyMention Mention, List<string> Groups);
}
