using System.Collections.Immutable;
using NewsNlp.Extraction.Numbers;
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

    private static readonly WordClass Demonstratives = Lexicon.Default.Class("casualties/demonstratives");

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
                        && Compatible(entry.Groups, mention.Groups) && !AreOthersInOneSentence(entry.Mention, mention)
                        && (IsSameReading(entry.Mention, mention) || (!IsMoreVictims(document, mention) && SameVagueAmount(document, entry.Mention, mention))))
                    {
                        same = entry;
                        break;
                    }
                }

                if (same is null)
                {
                    kept.Add(new Entry(mention, [.. mention.Groups], [(mention.Start, mention.End)]));
                    continue;
                }

                if (same.Groups.Count == 0)
                {
                    same.Groups.AddRange(mention.Groups);
                }

                // The repeat is one record (GUIDELINES: a count repeated for the same incident is one item), but
                // the record keeps where it was said again, so a reader of that sentence finds the count. A definite
                // count ("the two people who were killed are yet to be identified") points back at victims already
                // counted and states nothing new: no passage. The same words read by two patterns add none either.
                // Mentions come in text order, so two readings of the same words are adjacent: only the last passage
                // can overlap (checking them all would be quadratic in a count repeated many times).
                if (!IsDefinite(document, mention) && !(same.Spans[^1].Start < mention.End && mention.Start < same.Spans[^1].End))
                {
                    same.Spans.Add((mention.Start, mention.End));
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
                Country = places.CountryOf(m.Sentence, m.Start, m.End, m.Scope, m.Kind),
                Mentions = [.. entry.Spans.OrderBy(span => span.Start)],
            });
        }

        return records.MoveToImmutable();
    }

    /// <summary>The same words of one sentence read by two patterns: always one record.</summary>
    private static bool IsSameReading(CasualtyMention kept, CasualtyMention incoming) =>
        kept.Sentence == incoming.Sentence && kept.Start < incoming.End && incoming.Start < kept.End;

    /// <summary>
    /// True when the text itself says the count is of other victims than those told before: "two more casualties",
    /// "another three", "three other soldiers" (but "the other 15 people killed" points back). Never a repeat.
    /// </summary>
    private static bool IsMoreVictims(Document document, CasualtyMention mention)
    {
        int first = mention.Quantity.FirstToken;
        int after = mention.Quantity.EndToken;
        int before = first - 1;
        return IsWord(document, first, "another")
            || (IsWord(document, before, "another") || (IsWord(document, before, "other") && !IsWord(document, before - 1, "the")))
            || IsWord(document, after, "more") || IsWord(document, after, "other");
    }

    /// <summary>Vague amounts repeat only in the same words: "hundreds of casualties" and "thousands of casualties" are two.</summary>
    private static bool SameVagueAmount(Document document, CasualtyMention kept, CasualtyMention incoming)
    {
        if (kept.Quantity.Count is not null)
        {
            return true;
        }

        return Words(document, kept.Quantity).Equals(Words(document, incoming.Quantity), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The text of a quantity's tokens.</summary>
    private static ReadOnlySpan<char> Words(Document document, Quantity quantity) =>
        document.Text.AsSpan(document.Tokens[quantity.FirstToken].Start, document.Tokens[quantity.EndToken - 1].End - document.Tokens[quantity.FirstToken].Start);

    private static bool IsWord(Document document, int token, string word) =>
        token >= 0 && token < document.Tokens.Length && document.Tokens[token].Slice(document.Text).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when a demonstrative or "the" stands right before the count ("the four arrested", "those 12", "the other 15").</summary>
    private static bool IsDefinite(Document document, CasualtyMention mention)
    {
        int before = mention.Quantity.FirstToken - 1;
        before -= IsWord(document, before, "other") ? 1 : 0;
        return before >= 0 && document.Tokens[before].Kind == TokenKind.Word && document.Classes(before).Has(Demonstratives);
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

    private sealed record Entry(CasualtyMention Mention, List<string> Groups, List<(int Start, int End)> Spans);
}
