using NewsNlp.Extraction.Entities;
using NewsNlp.Text;

namespace NewsNlp.Training.Ner;

/// <summary>
/// The features the trainer learns from, computed once per token (they do not change between
/// passes), and the first-pass labels the second pass of a stacked tagger is trained on.
/// </summary>
internal static class TrainingFeatures
{
    /// <summary>The first pass's labels of every sentence of <paramref name="sentences"/>, without the document consistency step.</summary>
    public static List<byte[]> FirstPass(EntityTagger tagger, IReadOnlyList<ConllSentence> sentences)
    {
        var labels = new List<byte[]>(sentences.Count);
        var context = new DocumentFeatures();
        for (int s = 0; s < sentences.Count; s++)
        {
            if (s == 0 || sentences[s - 1].DocumentIndex != sentences[s].DocumentIndex)
            {
                BuildContext(context, sentences, s, EntityGazetteer.Default);
            }

            var sentenceLabels = new byte[sentences[s].Tokens.Length];
            tagger.TagSentence(sentences[s].Text, sentences[s].Tokens, sentenceLabels, context);
            labels.Add(sentenceLabels);
        }

        return labels;
    }

    /// <summary>
    /// The weight-table rows of every token of <paramref name="train"/>, flat, with each sentence's token starts;
    /// the second pass's rows too when <paramref name="firstPass"/> (first-pass labels per sentence) is given.
    /// </summary>
    public static (int[] Flat, List<int[]> Starts) Compute(IReadOnlyList<ConllSentence> train, IReadOnlyList<byte[]>? firstPass, int mask, WordClusters clusters)
    {
        var gazetteer = EntityGazetteer.Default;
        var featureStarts = new List<int[]>(train.Count);
        var features = new List<int>(train.Count * 600);
        var rows = new int[NerFeatures.MaxPerToken];
        var info = new TokenInfo[512];
        var context = new DocumentFeatures();
        var votes = new FirstPassVotes();
        for (int s = 0; s < train.Count; s++)
        {
            ConllSentence sentence = train[s];
            if (info.Length < sentence.Tokens.Length)
            {
                info = new TokenInfo[sentence.Tokens.Length * 2];
            }

            if (s == 0 || train[s - 1].DocumentIndex != sentence.DocumentIndex)
            {
                BuildContext(context, train, s, gazetteer);
                if (firstPass is not null)
                {
                    CollectVotes(votes, train, firstPass, s);
                }
            }

            Span<TokenInfo> sentenceInfo = info.AsSpan(0, sentence.Tokens.Length);
            bool allCaps = NerFeatures.Prepare(sentence.Text, sentence.Tokens, sentenceInfo, gazetteer, clusters, context);
            if (firstPass is not null)
            {
                votes.Fill(firstPass[s], sentenceInfo);
            }

            var starts = new int[sentence.Tokens.Length + 1];
            for (int i = 0; i < sentence.Tokens.Length; i++)
            {
                starts[i] = features.Count;
                int n = NerFeatures.Extract(sentence.Text, sentence.Tokens, sentenceInfo, i, allCaps, mask, rows);
                if (firstPass is not null)
                {
                    n = NerFeatures.ExtractSecondPass(sentenceInfo, i, mask, rows, n);
                }

                for (int f = 0; f < n; f++)
                {
                    features.Add(rows[f]);
                }
            }

            starts[^1] = features.Count;
            featureStarts.Add(starts);
        }

        return ([.. features], featureStarts);
    }

    // The first-pass votes of the document that starts at sentence <paramref name="first"/>.
    private static void CollectVotes(FirstPassVotes votes, IReadOnlyList<ConllSentence> sentences, IReadOnlyList<byte[]> firstPass, int first)
    {
        var text = new System.Text.StringBuilder();
        var tokens = new List<Token>();
        var labels = new List<byte>();
        for (int s = first; s < sentences.Count && sentences[s].DocumentIndex == sentences[first].DocumentIndex; s++)
        {
            int offset = text.Length;
            foreach (Token token in sentences[s].Tokens)
            {
                tokens.Add(token with { Start = token.Start + offset });
            }

            labels.AddRange(firstPass[s]);
            text.Append(sentences[s].Text).Append('\n');
        }

        votes.Collect(text.ToString(), [.. tokens], [.. labels]);
    }

    private static void BuildContext(DocumentFeatures context, IReadOnlyList<ConllSentence> sentences, int first, EntityGazetteer gazetteer)
    {
        context.Clear();
        for (int s = first; s < sentences.Count && sentences[s].DocumentIndex == sentences[first].DocumentIndex; s++)
        {
            context.Add(sentences[s].Text, sentences[s].Tokens, gazetteer);
        }
    }
}
