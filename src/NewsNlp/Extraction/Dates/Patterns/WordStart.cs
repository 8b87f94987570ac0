using NewsNlp.Lexicons;

namespace NewsNlp.Extraction.Dates.Patterns;

/// <summary>
/// What the first word of a word-led pattern can be: the tests the pattern makes of its first token before anything else,
/// written beside its code so the engine (<see cref="WordLedGate"/>) can skip the pattern at every other word. A word meeting
/// any one of them may start the pattern; a word meeting none never does. It may say more than the pattern needs, never less:
/// <c>DateRecognizerGateTests</c> runs the grammar with and without the gate and compares.
/// </summary>
internal sealed class WordStart
{
    /// <summary>Words the pattern tests by spelling at its first token, in any case ("the", "last", "noon").</summary>
    public string[] Words { get; init; } = [];

    /// <summary>Word classes the pattern tests at its first token.</summary>
    public WordClass[] Classes { get; init; } = [];

    /// <summary>Calendar kinds the pattern tests at its first token (<see cref="DateScanner.Lex"/>).</summary>
    public DateWordKind[] Kinds { get; init; } = [];

    /// <summary>Shapes of the first word's spelling the pattern tests.</summary>
    public WordShape Shapes { get; init; }
}

/// <summary>Shapes of a word's spelling that may start a word-led pattern (the same tests as <see cref="DateScanner.MayStartWordLed"/>).</summary>
[Flags]
internal enum WordShape : byte
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>A hyphen inside the word: "mid-March", "third-quarter", "10-day".</summary>
    Hyphenated = 1,

    /// <summary>Two characters, a capital Q first: "Q3".</summary>
    QuarterCode = 2,

    /// <summary>Three or four characters ending in "am" or "pm": "9am", "11pm".</summary>
    ClockWord = 4,

    /// <summary>Starting with "Eid": "Eid", "Eid-al-Fitr".</summary>
    Eid = 8,
}

/// <summary>A word-led pattern: it says what its first word can be (<see cref="Start"/>).</summary>
internal interface IWordLedPattern : IDatePattern
{
    /// <summary>The tests its first word must meet one of.</summary>
    WordStart Start { get; }
}
