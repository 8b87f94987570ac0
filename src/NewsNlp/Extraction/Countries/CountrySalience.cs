using System.Collections.Immutable;
using NewsNlp.Text;
using System.Runtime.InteropServices;

namespace NewsNlp.Extraction.Countries;

/// <summary>
/// Scores how central each country is and builds the sorted records. Salience, from 0 to 1:
/// 0.30 when the headline names it, 0.20 when the lead paragraph does, 0.35 times its mention
/// count over the top count, and 0.15 times its share of actor mentions (up to two). Boilerplate
/// mentions are listed but count for nothing. Ties keep the order of first mention.
/// </summary>
internal static class CountrySalience
{
    private const double HeadlineWeight = 0.30;
    private const double LeadWeight = 0.20;
    private const double FrequencyWeight = 0.35;
    private const double ActorWeight = 0.15;

    /// <summary>The countries of <paramref name="byCode"/>, most salient first.</summary>
    public static ImmutableArray<CountryEntity> Rank(Document document, Dictionary<string, List<CountryHit>> byCode)
    {
        if (byCode.Count == 0)
        {
            return [];
        }

        int leadParagraph = LeadParagraph(document);
        HashSet<string> titleCodes = TitleCodes(document);
        var scored = new List<(CountryEntity Record, int First)>(byCode.Count);
        int maxCount = 1;
        foreach (List<CountryHit> hits in byCode.Values)
        {
            maxCount = Math.Max(maxCount, Counted(hits));
        }

        foreach ((string code, List<CountryHit> hits) in byCode)
        {
            int count = Counted(hits);
            bool headline = titleCodes.Contains(code);
            bool lead = false;
            int actors = 0;
            var mentions = new CountryMentionSpan[hits.Count];
            int k = 0;
            foreach (CountryHit hit in hits)
            {
                CountryMatch m = hit.Match;
                mentions[k++] = new CountryMentionSpan(m.Start, m.End, m.FormName);
                if (hit.Boilerplate)
                {
                    continue;
                }

                Sentence sentence = document.Sentences[hit.Sentence];
                headline |= sentence.Kind == SentenceKind.Headline;
                lead |= sentence.Paragraph == leadParagraph && sentence.Kind != SentenceKind.Headline;
                actors += hit.Actor ? 1 : 0;
            }

            double salience = (headline ? HeadlineWeight : 0) + (lead ? LeadWeight : 0)
                + FrequencyWeight * count / maxCount + ActorWeight * Math.Min(actors, 2) / 2.0;
            CountryInfo info = CountryGazetteer.TryGetCountry(code, out CountryInfo? known) ? known : new CountryInfo(code, code, code);
            var record = new CountryEntity(info.Code, info.Alpha3, info.Name, ImmutableCollectionsMarshal.AsImmutableArray(mentions), count,
                Math.Round(Math.Clamp(salience, 0, 1), 4));
            scored.Add((record, hits[0].Match.Start));
        }

        scored.Sort(static (a, b) =>
        {
            int bySalience = b.Record.Salience.CompareTo(a.Record.Salience);
            return bySalience != 0 ? bySalience : a.First.CompareTo(b.First);
        });
        // Arrays of the exact size wrapped without a copy: no builder objects.
        var records = new CountryEntity[scored.Count];
        for (int i = 0; i < records.Length; i++)
        {
            records[i] = scored[i].Record;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(records);
    }

    private static int Counted(List<CountryHit> hits)
    {
        int count = 0;
        foreach (CountryHit hit in hits)
        {
            count += hit.Boilerplate ? 0 : 1;
        }

        return count;
    }

    private static int LeadParagraph(Document document)
    {
        foreach (Sentence sentence in document.Sentences)
        {
            if (sentence.Kind == SentenceKind.Prose)
            {
                return sentence.Paragraph;
            }
        }

        return -1;
    }

    // A headline given by the caller (not part of the text) still tells what the article is about.
    private static HashSet<string> TitleCodes(Document document)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        string? title = document.Title;
        if (title is null || document.Sentences.Length > 0 && document.Sentences[0].Kind == SentenceKind.Headline)
        {
            return codes;
        }

        Token[] tokens = Tokenizer.Tokenize(title);
        for (int i = 0; i < tokens.Length; i++)
        {
            if (CountryGazetteer.TryMatch(title, tokens, i, out CountryMatch match) && !match.Tentative)
            {
                codes.Add(match.Code);
            }
        }

        return codes;
    }
}
