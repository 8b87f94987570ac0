namespace NewsNlp;

/// <summary>A piece of evidence: the text and its offsets in the article.</summary>
/// <param name="Text">The characters at [<paramref name="Start"/>, <paramref name="End"/>).</param>
/// <param name="Start">Start offset in UTF-16 code units.</param>
/// <param name="End">Exclusive end offset.</param>
public sealed record TextMention(string Text, int Start, int End);
