namespace NewsNlp.Text;

/// <summary>A stretch of the caller's text, <c>[Start, End)</c> in UTF-16 code units.</summary>
/// <param name="Start">The first character's offset.</param>
/// <param name="End">The offset after the last character.</param>
internal readonly record struct CharSpan(int Start, int End);
