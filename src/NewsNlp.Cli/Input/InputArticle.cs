namespace NewsNlp.Cli.Input;

/// <summary>One article read from an input, or the reason it could not be read.</summary>
/// <param name="Id">The article id (from the input, or the file name, or the line/row number).</param>
/// <param name="Text">The article text; null when <paramref name="Error"/> says why it could not be read.</param>
/// <param name="Title">The headline, when the input gives one.</param>
/// <param name="Published">The publication date that relative dates resolve against.</param>
/// <param name="Origin">Where the item came from: a file path, or <c>path:line</c>.</param>
/// <param name="Error">Why the item is not an article, or null.</param>
internal sealed record InputArticle(string Id, string? Text, string? Title, DateOnly? Published, string Origin, string? Error = null)
{
    /// <summary>Other input fields, passed through to JSON output: name and raw JSON value.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Extras { get; init; } = [];

    /// <summary>An error item.</summary>
    public static InputArticle Failed(string id, string origin, string error) => new(id, null, null, null, origin, error);
}
