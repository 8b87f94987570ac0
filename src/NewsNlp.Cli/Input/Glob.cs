using System.Text;
using System.Text.RegularExpressions;

namespace NewsNlp.Cli.Input;

/// <summary>A file-name filter: <c>*</c> (any characters but <c>/</c>), <c>?</c> (one), <c>**</c> (any folders).</summary>
internal sealed class Glob
{
    private readonly Regex regex;
    private readonly bool matchPath;

    /// <summary>Compiles <paramref name="pattern"/>.</summary>
    public Glob(string pattern)
    {
        matchPath = pattern.Contains('/', StringComparison.Ordinal);
        var builder = new StringBuilder("^");
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                bool slash = i + 2 < pattern.Length && pattern[i + 2] == '/';
                builder.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*')
            {
                builder.Append("[^/]*");
            }
            else if (c == '?')
            {
                builder.Append("[^/]");
            }
            else
            {
                builder.Append(Regex.Escape(c.ToString()));
            }
        }

        builder.Append('$');
        regex = new Regex(builder.ToString(), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);
    }

    /// <summary>True when the file at <paramref name="relativePath"/> (with <c>/</c> separators) passes; a <c>.gz</c> suffix is ignored.</summary>
    public bool IsMatch(string relativePath)
    {
        string path = relativePath.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? relativePath[..^3] : relativePath;
        if (!matchPath)
        {
            int slash = path.LastIndexOf('/');
            path = path[(slash + 1)..];
        }

        return regex.IsMatch(path);
    }
}
