using NewsNlp.Cli.Input;

namespace NewsNlp.Tests.Cli.Input;

public sealed class GlobTests
{
    [Theory]
    [InlineData("*.txt", "a/b/story.txt", true)] // no slash: matches the file name in any folder
    [InlineData("*.txt", "story.txt.gz", true)] // .gz is looked through
    [InlineData("*.txt", "story.json", false)] // other extensions are skipped
    [InlineData("2024-*.txt", "wire/2024-01-19.txt", true)] // a prefix filter
    [InlineData("wire/*.txt", "wire/x.txt", true)] // a slash: matches the relative path
    [InlineData("wire/*.txt", "other/wire/x.txt", false)] // ... from the root
    [InlineData("**/wire/*.txt", "other/wire/x.txt", true)] // ** crosses folders
    [InlineData("**/wire/*.txt", "wire/x.txt", true)] // ** can be empty
    [InlineData("?.txt", "ab.txt", false)] // ? is one character
    public void IsMatch_Pattern_FiltersPaths(string pattern, string path, bool expected) => new Glob(pattern).IsMatch(path).Should().Be(expected);
}
