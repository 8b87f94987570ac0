using System.CommandLine;
using System.Globalization;
using NewsNlp.Training.People;

namespace NewsNlp.Training.Commands;

/// <summary>
/// <c>eval-people-set SET --news FILE [--split dev|report] [--errors FILE]</c>: person-mention
/// precision, recall and F1 (exact character spans) of the full pipeline on the hand-labelled
/// person-mention set outside conflict news.
/// </summary>
internal static class EvalPeopleSetCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var set = new Argument<string>("set") { Description = "The set (data/annotations/people/people.jsonl)." };
        var news = new Option<string>("--news") { Description = "The news JSON Lines file the set refers to.", Required = true };
        var split = new Option<string?>("--split") { Description = "Only this split (dev or report); default both, each scored." };
        var errors = new Option<string?>("--errors") { Description = "Write the missed and spurious mentions of the dev split, with their line, to this file (never the report split: it is for scores only)." };
        var command = new Command("eval-people-set", "Score the pipeline's person mentions on the hand-labelled person-mention set.") { set, news, split, errors };
        command.SetAction(parse => Run(parse.GetValue(set)!, parse.GetValue(news)!, parse.GetValue(split), parse.GetValue(errors)));
        return command;
    }

    private static int Run(string setPath, string newsPath, string? split, string? errorsPath)
    {
        List<AnnotatedArticle> articles;
        using (var reader = new StreamReader(setPath))
        {
            articles = PersonMentionSet.Read(reader);
        }

        Dictionary<string, string> texts = PersonMentionSet.Texts(newsPath, articles.Select(a => a.Doc).ToHashSet(StringComparer.Ordinal));
        var extractor = NewsExtractor.Create();
        using StreamWriter? errors = errorsPath is null ? null : new StreamWriter(errorsPath);
        foreach (string name in split is null ? (string[])["dev", "report"] : [split])
        {
            int tp = 0, fp = 0, fn = 0;
            foreach (AnnotatedArticle article in articles.Where(a => a.Split == name))
            {
                string text = texts[article.Doc];
                if (PersonMentionSet.Fingerprint(text) != article.Sha1)
                {
                    Console.Error.WriteLine($"{article.Doc}: the text is not the one labelled (SHA-1 differs)");
                    return 1;
                }

                var gold = article.Mentions.Select(m => (m.Start, m.End)).ToHashSet();
                var predicted = extractor.Extract(text).People.SelectMany(p => p.Mentions).Select(m => (m.Start, m.End)).ToHashSet();
                tp += predicted.Count(gold.Contains);
                fp += predicted.Count(p => !gold.Contains(p));
                fn += gold.Count(g => !predicted.Contains(g));
                if (errors is not null && name == "dev")
                {
                    foreach ((int s, int e) in predicted.Where(p => !gold.Contains(p)))
                    {
                        errors.WriteLine($"FP\t{article.Doc}\t{text[s..e]}\t{Line(text, s, e)}");
                    }

                    foreach ((int s, int e) in gold.Where(g => !predicted.Contains(g)))
                    {
                        errors.WriteLine($"FN\t{article.Doc}\t{text[s..e]}\t{Line(text, s, e)}");
                    }
                }
            }

            double p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
            double r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: person mentions P {p:F3} R {r:F3} F1 {f:F3} (tp {tp}, fp {fp}, fn {fn})"));
        }

        return 0;
    }

    private static string Line(string text, int start, int end)
    {
        int from = Math.Max(0, start - 60);
        int to = Math.Min(text.Length, end + 60);
        return text[from..to].ReplaceLineEndings(" ");
    }
}
