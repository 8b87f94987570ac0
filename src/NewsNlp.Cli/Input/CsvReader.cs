using System.Text;

namespace NewsNlp.Cli.Input;

/// <summary>An RFC 4180 record reader: fields separated by commas, records by CRLF or LF; a quoted field may hold commas, line breaks and doubled quotes.</summary>
internal sealed class CsvReader
{
    private readonly TextReader reader;
    private readonly StringBuilder field = new();
    private long line = 1;

    /// <summary>Reads from <paramref name="reader"/>.</summary>
    public CsvReader(TextReader reader) => this.reader = reader;

    /// <summary>Reads the next record. Returns false at the end of input. <paramref name="startLine"/> is the 1-based line where the record starts; <paramref name="error"/> is set for an unterminated quote.</summary>
    public bool TryReadRecord(out List<string> fields, out long startLine, out string? error)
    {
        fields = [];
        error = null;
        startLine = line;
        int c = reader.Read();
        if (c < 0)
        {
            return false;
        }

        field.Clear();
        bool quoted = false;
        bool wasQuoted = false;
        while (true)
        {
            if (quoted)
            {
                if (c < 0)
                {
                    error = CliMessages.CsvUnterminatedQuote;
                    fields.Add(field.ToString());
                    return true;
                }

                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append((char)c);
                }
            }
            else if (c == '"' && field.Length == 0 && !wasQuoted)
            {
                quoted = true;
                wasQuoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                wasQuoted = false;
            }
            else if (c is '\r' or '\n' or < 0)
            {
                if (c == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                if (c >= 0)
                {
                    line++;
                }

                fields.Add(field.ToString());
                return true;
            }
            else
            {
                field.Append((char)c);
            }

            c = reader.Read();
        }
    }
}
