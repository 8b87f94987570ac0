using System.Text;

namespace NewsNlp.Cli.Input;

/// <summary>Reads a plain-text article (optionally <c>.gz</c>): the first line is the headline, the id is the file name without extension.</summary>
internal static class TextFileReader
{
    /// <summary>Reads <paramref name="path"/>, or returns an error item saying why it cannot be read.</summary>
    public static InputArticle Read(string path, DateOnly? defaultPublished)
    {
        string name = Path.GetFileName(InputStreams.WithoutGzip(path));
        string id = Path.GetFileNameWithoutExtension(name);
        string text;
        try
        {
            using Stream stream = InputStreams.Open(path, out _);
            using StreamReader reader = InputStreams.Reader(stream, strict: true);
            text = reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            return InputArticle.Failed(id, path, CliMessages.NotText);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return InputArticle.Failed(id, path, CliMessages.UnreadableFile(e.Message));
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return InputArticle.Failed(id, path, CliMessages.NotText);
        }

        int newline = text.IndexOf('\n', StringComparison.Ordinal);
        string title = (newline < 0 ? text : text[..newline]).Trim();
        return new InputArticle(id, text, title.Length == 0 ? null : title, defaultPublished, path);
    }
}
