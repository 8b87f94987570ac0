namespace NewsNlp.Cli.Input;

/// <summary>One article read from an input, or the reason it could not be read.</summary>
internal sealed record InputArticle(string Id, string? Text, string? Title, DateOnly? Published, string Origin, string? Error = null);
