using System.CommandLine;
using System.Globalization;
using NewsNlp.Extraction.Entities;
using NewsNlp.Text;
using NewsNlp.Training.Ner;

namespace NewsNlp.Training.Commands;

/// <summary>
/// <c>eval-people FILE [--errors FILE]</c>: runs the whole pipeline on each document of a CoNLL file
/// (sentences joined by line breaks) and scores the person mentions of the records against the
/// gold PER spans, exact character spans: how much of the tagger reaches the person table.
/// </summary>
internal static class EvalPeopleCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A CoNLL-2003 file (eng.testa)." };
        var errors = new Option<string?>("--errors") { Description = "Write the missed and spurious mentions, with their sentence, to this file." };
        var command = new Command("eval-people", "Score the person mentions of the full pipeline's records on a CoNLL-2003 file.") { file, errors };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(errors)));
        return command;
    }

    private static int Run(string file, string? errorsPath)
    {
        List<ConllSentence> sentences = ConllReader.Read(file);
        var extractor = NewsExtractor.Create();
        using StreamWriter? errors = errorsPath is null ? null : new StreamWriter(errorsPath);
        int tp = 0, fp = 0, fn = 0;
        for (int first = 0; first < sentences.Count;)
        {
            int end = first;
            var text = new System.Text.StringBuilder();
            var gold = new HashSet<(int, int)>();
            while (end < sentences.Count && sentences[end].DocumentIndex == sentences[first].DocumentIndex)
            {
                int offset = text.Length;
                var spans = new List<EntitySpan>();
                EntityLabels.ToSpans(sentences[end].Gold, 0, spans);
                foreach (EntitySpan span in spans.Where(s => s.Type == EntityType.Person))
                {
                    Token[] tokens = sentences[end].Tokens;
                    gold.Add((offset + tokens[span.StartToken].Start, offset + tokens[span.EndToken - 1].End));
                }

                text.Append(sentences[end].Text).Append('\n');
                end++;
            }

            string document = text.ToString();
            var predicted = extractor.Extract(document).People.SelectMany(p => p.Mentions).Select(m => (m.Start, m.End)).ToHashSet();
            tp += predicted.Count(gold.Contains);
            fp += predicted.Count(p => !gold.Contains(p));
            fn += gold.Count(g => !predicted.Contains(g));
            if (errors is not null)
            {
                foreach ((int s, int e) in predicted.Where(p => !gold.Contains(p)).Select(p => ("FP", p)).Concat(gold.Where(g => !predicted.Contains(g)).Select(g => ("FN", g))).Select(x => x.Item2))
                {
                    string kind = gold.Contains((s, e)) ? "FN" : "FP";
                    int lineStart = document.LastIndexOf('\n', Math.Max(0, s - 1)) + 1;
                    int lineEnd = document.IndexOf('\n', e);
                    errors.WriteLine($"{kind}\t{document[s..e]}\t{document[lineStart..lineEnd]}");
                }
            }

            first = end;
        }

        double p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"person mentions (exact spans): P {p:F4} R {r:F4} F1 {f:F4} (tp {tp}, fp {fp}, fn {fn})"));
        return 0;
    }
}
