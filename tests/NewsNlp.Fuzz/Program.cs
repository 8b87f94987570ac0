using System.Text;
using NewsNlp.Fuzz;
using SharpFuzz;

// Usage: NewsNlp.Fuzz <tokenizer|dates|extract>            run under afl-fuzz (reads each input from AFL)
//        NewsNlp.Fuzz <tokenizer|dates|extract> FILE...    run the target once per file (reproduce a crash;
//                                                          use an uninstrumented build, see README.md)
if (args.Length == 0 || !Targets.All.TryGetValue(args[0], out Action<string>? target))
{
    Console.Error.WriteLine("usage: NewsNlp.Fuzz <" + string.Join('|', Targets.All.Keys) + "> [FILE...]");
    return 2;
}

if (args.Length > 1)
{
    foreach (string file in args.Skip(1))
    {
        target(Targets.Decode(File.ReadAllBytes(file)));
        Console.WriteLine($"ok {file}");
    }

    return 0;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(Targets.Decode(buffer.ToArray()));
});
return 0;

namespace NewsNlp.Fuzz
{
    /// <summary>The fuzz targets. Each throws <see cref="InvalidOperationException"/> when an invariant breaks, which AFL records as a crash.</summary>
    internal static class Targets
    {
        // Created on use, never in the static constructor: instrumented library code must not run before
        // Fuzzer.OutOfProcess.Run has mapped AFL's shared memory, or it writes through a null pointer.
        private static ArticleContext Context => new() { Id = "fuzz", Published = new DateOnly(2024, 1, 19) };

        public static readonly Dictionary<string, Action<string>> All = new(StringComparer.Ordinal)
        {
            ["tokenizer"] = Tokenizer,
            ["dates"] = Dates,
            ["extract"] = Extract,
        };

        /// <summary>
        /// Bytes to text: the first byte picks the decoding, so AFL reaches both valid UTF-8 and raw
        /// UTF-16 (lone surrogates, which UTF-8 decoding would never produce).
        /// </summary>
        public static string Decode(byte[] data)
        {
            if (data.Length == 0)
            {
                return "";
            }

            return (data[0] & 1) == 0
                ? Encoding.UTF8.GetString(data, 1, data.Length - 1)
                : new string(System.Runtime.InteropServices.MemoryMarshal.Cast<byte, char>(data.AsSpan(1, (data.Length - 1) & ~1)));
        }

        private static void Tokenizer(string text)
        {
            NewsNlp.Text.Token[] tokens = NewsNlp.Text.Tokenizer.Tokenize(text);
            int previousEnd = 0;
            foreach (NewsNlp.Text.Token t in tokens)
            {
                Check(t.Length > 0 && t.Start >= previousEnd && t.End <= text.Length, $"token [{t.Start},{t.End}) after {previousEnd}");
                previousEnd = t.End;
            }

            NewsNlp.Text.Sentence[] sentences = NewsNlp.Text.SentenceSplitter.Split(text, tokens);
            int next = 0;
            foreach (NewsNlp.Text.Sentence s in sentences)
            {
                Check(s.FirstToken == next && s.TokenCount > 0, $"sentence at token {s.FirstToken}, expected {next}");
                next = s.EndToken;
            }

            Check(next == tokens.Length, "sentences do not cover every token");
        }

        private static void Dates(string text)
        {
            var document = NewsNlp.Text.Document.Analyze(text, Context);
            foreach (NewsNlp.Extraction.Dates.DateEntity d in new NewsNlp.Extraction.Dates.DateExtractor().Extract(document))
            {
                Check(d.Start >= 0 && d.Start < d.End && d.End <= text.Length, $"date [{d.Start},{d.End}) does not slice the input");
            }
        }

        private static void Extract(string text)
        {
            ArticleRecord record = NewsExtractor.Create().Extract(text, Context);
            foreach (CountryRecord c in record.Countries)
            {
                foreach (CountryMention m in c.Mentions)
                {
                    Slice(text, m.Text, m.Start, m.End, "country");
                }
            }

            foreach (TextMention m in record.Organizations.SelectMany(o => o.Mentions).Concat(record.People.SelectMany(p => p.Mentions)))
            {
                Slice(text, m.Text, m.Start, m.End, "mention");
            }

            foreach (CasualtyRecord c in record.Casualties)
            {
                Slice(text, c.Text, c.Start, c.End, "casualty");
            }

            foreach (DateRecord d in record.Dates)
            {
                Slice(text, d.Text, d.Start, d.End, "date");
            }

            foreach (EventRecord e in record.Events)
            {
                Slice(text, e.Text, e.Start, e.End, "event");
            }

            string json = RecordJson.Serialize(record);
            Check(json == RecordJson.Serialize(NewsExtractor.Create().Extract(text, Context)), "second run differs");
        }

        private static void Slice(string text, string evidence, int start, int end, string what) =>
            Check(start >= 0 && start < end && end <= text.Length && string.Equals(text[start..end], evidence, StringComparison.Ordinal),
                $"{what} [{start},{end}) does not slice the input");

        private static void Check(bool condition, string message)
        {
            if (!condition)
            {
                throw new InvalidOperationException(message);
            }
        }
    }
}
