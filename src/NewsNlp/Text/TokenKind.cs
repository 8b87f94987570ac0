namespace NewsNlp.Text;

/// <summary>What a token is, as far as the tokenizer can tell without context.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters (and internal hyphens or apostrophes): "Iran", "Amir-Abdollahian", "O'Brien".</summary>
    Word,
    /// <summary>An abbreviation that keeps its full stops: "U.S.", "Mr.", "a.m.".</summary>
    Abbreviation,
    /// <summary>A number with optional separators: "11", "1,200", "3.5", "1980s".</summary>
    Number,
    /// <summary>An ordinal number: "8th", "21st".</summary>
    Ordinal,
    /// <summary>A percentage: "50%".</summary>
    Percent,
    /// <summary>A clock time: "10:30".</summary>
    Time,
    /// <summary>An ISO calendar date: "2024-01-19".</summary>
    IsoDate,
    /// <summary>A clitic split from its word: "'s", "n't", "'re".</summary>
    Clitic,
    /// <summary>A web address.</summary>
    Url,
    /// <summary>An e-mail address.</summary>
    Email,
    /// <summary>Sentence-final or internal punctuation: ". , ; : ! ?".</summary>
    Punctuation,
    /// <summary>An ellipsis: "..." or "…".</summary>
    Ellipsis,
    /// <summary>A straight or curly quotation mark or apostrophe standing alone.</summary>
    Quote,
    /// <summary>A hyphen, en dash or em dash standing alone.</summary>
    Dash,
    /// <summary>A bracket or parenthesis.</summary>
    Bracket,
    /// <summary>A list bullet: "•", "·", "▪".</summary>
    Bullet,
    /// <summary>Anything else: symbols, emoji, stray characters.</summary>
    Symbol,
}
