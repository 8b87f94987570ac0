using NewsNlp.Lexicons;

namespace NewsNlp.Text;

/// <summary>Scans web addresses, e-mail addresses and bare domains ("reuters.com") as single tokens.</summary>
internal static class WebAddressScanner
{
    /// <summary>Longest local part of an e-mail address scanned; bounds work on long runs without "@".</summary>
    internal const int MaxEmailLocalPart = 64;

    /// <summary>Longest domain name scanned (the DNS limit); bounds work on long dotted runs.</summary>
    internal const int MaxDomain = 253;

    /// <summary>Top-level domains that make "reuters.com" one token without "http://" or "www.".</summary>
    internal static readonly WordClass TopLevelDomains = Lexicon.Default.Class("text/top-level-domains");

    internal static bool TryScanUrl(ReadOnlySpan<char> text, int i, out int end)
    {
        ReadOnlySpan<char> rest = text[i..];
        end = i;
        if (!(rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        int j = i;
        while (j < text.Length && !CharClass.IsSpace(text[j]) && text[j] is not ('<' or '>' or '"' or '\u201C' or '\u201D'))
        {
            j++;
        }

        end = TrimUrlEnd(text, i, j);
        return end - i > 4;
    }

    internal static int TrimUrlEnd(ReadOnlySpan<char> text, int start, int j)
    {
        while (j > start && text[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '\'' or '\u2019')
        {
            j--;
        }

        return j;
    }

    /// <summary>
    /// After a word or number [start, end): extends it to an e-mail address ("info@afp.com") or a
    /// bare domain ("reuters.com/world") when one starts at <paramref name="start"/>.
    /// </summary>
    internal static int ScanEmailOrDomain(ReadOnlySpan<char> text, int start, int end, ref TokenKind kind)
    {
        if (end >= text.Length - 1 || text[end] is not ('@' or '.' or '_' or '-' or '+'))
        {
            return end;
        }

        if (TryScanEmail(text, start, out int emailEnd))
        {
            kind = TokenKind.Email;
            return emailEnd;
        }

        if (kind == TokenKind.Word && text[end] == '.' && text[end + 1] is >= 'a' and <= 'z' && TryScanDomain(text, start, out int domainEnd))
        {
            kind = TokenKind.Url;
            return domainEnd;
        }

        return end;
    }

    internal static bool TryScanDomain(ReadOnlySpan<char> text, int i, out int end)
    {
        end = i;
        int j = i;
        int lastDot = -1;
        int limit = Math.Min(text.Length, i + MaxDomain);
        while (true)
        {
            while (j < limit && (char.IsAsciiLetterOrDigit(text[j]) || text[j] == '-'))
            {
                j++;
            }

            if (j + 1 < limit && text[j] == '.' && char.IsAsciiLetterOrDigit(text[j + 1]))
            {
                lastDot = j;
                j++;
                continue;
            }

            break;
        }

        if (lastDot < 0 || (j < text.Length && CharClass.IsWordChar(text[j])) || !Lexicon.Default.Contains(TopLevelDomains, text[(lastDot + 1)..j]))
        {
            return false;
        }

        if (j < text.Length && text[j] == '/')
        {
            while (j < text.Length && !CharClass.IsSpace(text[j]) && text[j] is not ('<' or '>' or '"' or '\u201C' or '\u201D'))
            {
                j++;
            }

            j = TrimUrlEnd(text, i, j);
        }

        end = j;
        return true;
    }

    internal static bool TryScanEmail(ReadOnlySpan<char> text, int i, out int end)
    {
        end = i;
        int j = i;
        int limit = Math.Min(text.Length, i + MaxEmailLocalPart);
        if (text[i..limit].IndexOf('@') < 0)
        {
            // A vectorised look-ahead: no "@" near, no address.
            return false;
        }

        while (j < limit && (CharClass.IsWordChar(text[j]) || text[j] is '.' or '_' or '-' or '+'))
        {
            j++;
        }

        if (j >= text.Length || text[j] != '@' || j == i)
        {
            return false;
        }

        int k = j + 1;
        int domainLimit = Math.Min(text.Length, k + MaxDomain);
        while (k < domainLimit && (CharClass.IsWordChar(text[k]) || text[k] is '.' or '-'))
        {
            k++;
        }

        while (k > j + 1 && text[k - 1] is '.' or '-')
        {
            k--;
        }

        // The domain needs an inner dot: "afp.com", not "afp" or ".com".
        int lastDot = text[(j + 1)..k].LastIndexOf('.');
        if (lastDot <= 0)
        {
            return false;
        }

        end = k;
        return true;
    }
}
