namespace NewsNlp.Cli.Output;

/// <summary>One output table and its columns.</summary>
/// <param name="Name">The table (and file) name.</param>
/// <param name="Columns">The columns, in order.</param>
internal sealed record Table(string Name, IReadOnlyList<Column> Columns)
{
    /// <summary>The index of the column named <paramref name="name"/>.</summary>
    public int IndexOf(string name)
    {
        for (int i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }
}
