using NewsNlp.Extraction.People;

namespace NewsNlp.Tests.Extraction.People;

public sealed class PersonClustererTests
{
    [Theory]
    // A surname joins the full name.
    [InlineData("Anwaar-ul-Haq Kakar|Kakar", "Anwaar-ul-Haq Kakar:2")]
    // A short form first still joins the fuller name that follows.
    [InlineData("Jilani|Jalil Abbas Jilani", "Jalil Abbas Jilani:2")]
    // Two different people stay apart.
    [InlineData("Jalil Abbas Jilani|Hossein Amir-Abdollahian", "Jalil Abbas Jilani:1|Hossein Amir-Abdollahian:1")]
    // A two-word inner form joins ("Mohammad Islam" inside "Haji Mohammad Islam").
    [InlineData("Haji Mohammad Islam|Mohammad Islam", "Haji Mohammad Islam:2")]
    // A one-word mention goes to the person whose surname it is.
    [InlineData("Mohammad Sadiq|Ali Mohammad|Mohammad", "Mohammad Sadiq:1|Ali Mohammad:2")]
    // Words out of order are a different person.
    [InlineData("Ali Hassan|Hassan Ali", "Ali Hassan:1|Hassan Ali:1")]
    public void Cluster_Mentions_GroupsByContainedWords(string names, string expected)
    {
        string[] list = names.Split('|');
        var mentions = new List<PersonMention>();
        var parts = new List<string[]>();
        for (int i = 0; i < list.Length; i++)
        {
            mentions.Add(new PersonMention(i * 10, (i * 10) + list[i].Split(' ').Length, i, Trusted: true));
            parts.Add(list[i].Split(' '));
        }

        List<PersonCluster> clusters = PersonClusterer.Cluster(mentions, parts);
        string.Join("|", clusters.Select(c => string.Join(" ", c.Parts) + ":" + c.Mentions.Count)).Should().Be(expected);
    }

    [Fact]
    public void Cluster_UntrustedAlone_Dropped()
    {
        // A name seen only in an all-caps headline makes no person.
        var clusters = PersonClusterer.Cluster([new PersonMention(0, 2, 0, Trusted: false)], [["SHARIF", "KHAN"]]);
        clusters.Should().BeEmpty();
    }
}
