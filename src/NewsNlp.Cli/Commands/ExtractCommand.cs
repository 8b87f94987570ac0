using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NewsNlp.Cli.Input;

namespace NewsNlp.Cli.Commands;

/// <summary><c>newsnlp extract INPUT [-o OUTPUT]</c>: one JSON record per article, in input order.</summary>
internal static class ExtractCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "A .txt file (first line is the headline), a folder of them, a .jsonl file, or - for standard input." };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write JSON Lines (default: standard output)." };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) for inputs that carry none." };
        var command = new Command("extract", "Extract records from articles and write them as JSON Lines.") { input, output, published };
        command.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(output), parse.GetValue(published)));
        return command;
    }

    private static int Run(string input, string? output, string? publishedText)
    {
        DateOnly? published = null;
        if (publishedText is not null)
        {
            if (!DateOnly.TryParseExact(publishedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                Console.Error.WriteLine($"--published must be YYYY-MM-DD, not '{publishedText}'.");
                return 2;
            }

            published = parsed;
        }

        if (input != "-" && !File.Exists(input) && !Directory.Exists(input))
        {
            Console.Error.WriteLine($"No such file or folder: {input}");
            return 2;
        }

        var extractor = NewsExtractor.Create();
        using Stream stream = output is null ? Console.OpenStandardOutput() : File.Create(output);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = RecordJson.Options.Encoder, SkipValidation = true });
        int errors = 0;
        foreach (InputArticle article in ArticleReader.Read(input, published))
        {
            if (article.Text is null)
            {
                errors++;
                WriteError(writer, article, article.Error ?? "no text");
            }
            else
            {
                try
                {
                    var record = extractor.Extract(article.Text, new ArticleContext { Id = article.Id, Title = article.Title, Published = article.Published });
                    RecordJson.Write(writer, record);
                }
                catch (ArticleTooLongException e)
                {
                    errors++;
                    WriteError(writer, article, e.Message);
                }
            }

            writer.Flush();
            stream.Write("\n"u8);
            writer.Reset();
        }

        return errors == 0 ? 0 : 1;
    }

    private static void WriteError(Utf8JsonWriter writer, InputArticle article, string message)
    {
        writer.WriteStartObject();
        writer.WriteString("id", article.Id);
        writer.WriteString("error", message);
        writer.WriteString("source", article.Origin);
        writer.WriteEndObject();
    }
}
