using System.Text;

namespace NewsNlp.Cli.Input;

/// <summary>Reads lines split on <c>\n</c> only (a trailing <c>\r</c> is dropped), so a stray <c>\r</c> inside a line (binary junk) does not split it; lines over a limit are skipped without being held in memory.</summary>
internal sealed class LineReader
{
    private readonly TextReader reader;
    private readonly long limit;
    private readonly char[] buffer = new char[1 << 16];
    private readonly StringBuilder line = new();
    private int position;
    private int length;

    /// <summary>Reads from <paramref name="reader"/>; lines longer than <paramref name="limit"/> characters are reported as too long.</summary>
    public LineReader(TextReader reader, long limit)
    {
        this.reader = reader;
        this.limit = limit;
    }

    /// <summary>Reads the next line; <paramref name="tooLong"/> is true (and <paramref name="text"/> empty) when it was over the limit. Returns false at the end.</summary>
    public bool TryReadLine(out string text, out bool tooLong)
    {
        line.Clear();
        tooLong = false;
        bool any = false;
        while (true)
        {
            if (position == length)
            {
                length = reader.Read(buffer, 0, buffer.Length);
                position = 0;
                if (length <= 0)
                {
                    length = 0;
                    text = tooLong ? "" : Trim(line);
                    return any;
                }
            }

            any = true;
            int newline = Array.IndexOf(buffer, '\n', position, length - position);
            int end = newline < 0 ? length : newline;
            if (!tooLong)
            {
                if (line.Length + (end - position) > limit)
                {
                    tooLong = true;
                    line.Clear();
                }
                else
                {
                    line.Append(buffer, position, end - position);
                }
            }

            position = newline < 0 ? length : newline + 1;
            if (newline >= 0)
            {
                text = tooLong ? "" : Trim(line);
                return true;
            }
        }
    }

    private static string Trim(StringBuilder builder)
    {
        int n = builder.Length;
        return n > 0 && builder[n - 1] == '\r' ? builder.ToString(0, n - 1) : builder.ToString();
    }
}
