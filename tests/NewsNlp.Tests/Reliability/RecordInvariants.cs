using NewsNlp.Text;

namespace NewsNlp.Tests.Reliability;

/// <summary>
/// The invariants every record must hold for any input: each offset slices the caller's string
/// exactly, cross-references point at existing items, numbers are finite, and the text stage's
/// tokens and sentences cover the text in order.
/// </summary>
public static class RecordInvariants
{
    /// <summary>Every broken invariant of <paramref name="record"/> for <paramref name="text"/>; empty when it is sound.</summary>
    public static List<string> Violations(string text, ArticleRecord record)
    {
        var errors = new List<string>();

        void Slice(string where, string evidence, int start, int end)
        {
            if (start < 0 || end > text.Length || start > end)
            {
                errors.Add($"{where}: [{start},{end}) is outside a text of {text.Length} chars");
                return;
            }

            if (!string.Equals(text.Substring(start, end - start), evidence, StringComparison.Ordinal))
            {
                errors.Add($"{where}: text \"{HostileText.Escape(evidence)}\" is not input[{start}..{end}] = \"{HostileText.Escape(text[start..end])}\"");
            }

            if (start == end)
            {
                errors.Add($"{where}: empty span at {start}");
            }
        }

        void Finite(string where, double value)
        {
            if (!double.IsFinite(value))
            {
                errors.Add($"{where}: {value} is not finite (JSON cannot hold it)");
            }
        }

        for (int i = 0; i < record.Countries.Length; i++)
        {
            CountryRecord c = record.Countries[i];
            Finite($"countries[{i}].salience", c.Salience);
            if (c.MentionCount < 0)
            {
                errors.Add($"countries[{i}].mentionCount is negative");
            }

            for (int m = 0; m < c.Mentions.Length; m++)
            {
                Slice($"countries[{i}].mentions[{m}]", c.Mentions[m].Text, c.Mentions[m].Start, c.Mentions[m].End);
            }
        }

        for (int i = 0; i < record.Organizations.Length; i++)
        {
            for (int m = 0; m < record.Organizations[i].Mentions.Length; m++)
            {
                TextMention mention = record.Organizations[i].Mentions[m];
                Slice($"organizations[{i}].mentions[{m}]", mention.Text, mention.Start, mention.End);
            }
        }

        for (int i = 0; i < record.People.Length; i++)
        {
            for (int m = 0; m < record.People[i].Mentions.Length; m++)
            {
                TextMention mention = record.People[i].Mentions[m];
                Slice($"people[{i}].mentions[{m}]", mention.Text, mention.Start, mention.End);
            }
        }

        for (int i = 0; i < record.Casualties.Length; i++)
        {
            CasualtyRecord c = record.Casualties[i];
            Slice($"casualties[{i}]", c.Text, c.Start, c.End);
            if (c.Event is int e && (e < 0 || e >= record.Events.Length))
            {
                errors.Add($"casualties[{i}].event = {e} but there are {record.Events.Length} events");
            }
        }

        for (int i = 0; i < record.Dates.Length; i++)
        {
            DateRecord d = record.Dates[i];
            Slice($"dates[{i}]", d.Text, d.Start, d.End);
        }

        for (int i = 0; i < record.Events.Length; i++)
        {
            EventRecord e = record.Events[i];
            Slice($"events[{i}]", e.Text, e.Start, e.End);
            Finite($"events[{i}].confidence", e.Confidence);
            foreach (int c in e.Casualties)
            {
                if (c < 0 || c >= record.Casualties.Length)
                {
                    errors.Add($"events[{i}].casualties holds {c} but there are {record.Casualties.Length} casualties");
                }
            }
        }

        return errors;
    }

    /// <summary>Every broken invariant of the tokens and sentences of <paramref name="text"/>; empty when they are sound.</summary>
    public static List<string> TextStageViolations(string text)
    {
        var errors = new List<string>();
        Document document = Document.Analyze(text, new ArticleContext());
        Token[] tokens = document.Tokens;
        int previousEnd = 0;
        for (int k = 0; k < tokens.Length && errors.Count < 10; k++)
        {
            Token t = tokens[k];
            if (t.Length <= 0 || t.Start < previousEnd || t.End > text.Length)
            {
                errors.Add($"token {k} [{t.Start},{t.End}) is empty, overlaps the previous one (ends {previousEnd}) or leaves the text");
                break;
            }

            AssertGapIsBlank(text, previousEnd, t.Start, errors);
            previousEnd = t.End;
        }

        AssertGapIsBlank(text, previousEnd, text.Length, errors);

        int next = 0;
        int previousSentenceEnd = 0;
        foreach (Sentence s in document.Sentences)
        {
            if (s.FirstToken != next || s.TokenCount <= 0 || s.EndToken > tokens.Length)
            {
                errors.Add($"sentence at {s.Start} starts at token {s.FirstToken}, expected {next}, with {s.TokenCount} tokens");
                break;
            }

            if (s.Start != tokens[s.FirstToken].Start || s.End != tokens[s.EndToken - 1].End || s.Start < previousSentenceEnd)
            {
                errors.Add($"sentence [{s.Start},{s.End}) does not span its tokens or goes back before {previousSentenceEnd}");
            }

            previousSentenceEnd = s.End;
            next = s.EndToken;
        }

        if (next != tokens.Length)
        {
            errors.Add($"sentences cover {next} of {tokens.Length} tokens");
        }

        if (document.Title is { } title && !text.Contains(title, StringComparison.Ordinal))
        {
            errors.Add($"title \"{HostileText.Escape(title)}\" is not taken from the text");
        }

        return errors;
    }

    /// <summary>
    /// Characters between tokens must be ones the tokenizer may skip: white space, the ASCII
    /// information separators U+001C..U+001F (which the tokenizer classes as space), and invisible
    /// format characters.
    /// </summary>
    private static void AssertGapIsBlank(string text, int from, int to, List<string> errors)
    {
        for (int i = from; i < to; i++)
        {
            char c = text[i];
            if (!char.IsWhiteSpace(c) && c is not ((>= '\u001C' and <= '\u001F') or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD'))
            {
                errors.Add($"character U+{(int)c:X4} at {i} belongs to no token");
                return;
            }
        }
    }
}
