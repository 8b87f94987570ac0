using NewsNlp.Extraction.Entities;
using NewsNlp.Text;

namespace NewsNlp.Tests.Extraction.Entities;

public sealed class FirstPassVotesTests
{
    [Theory]
    // A company the first pass calls ORG twice and PER once: the PER token sees the ORG majority and both types.
    [InlineData("Pirelli rose . Pirelli fell . Pirelli said", "B-ORG O O B-ORG O O B-PER O", 6, "B-PER", "ORG", "PER,ORG", "ORG", "None", "")]
    // The same name string tagged ORG twice elsewhere: the name's majority is ORG where it is tagged PER.
    [InlineData("Reynard Honda won . Reynard Honda lost . Reynard Honda drew", "B-ORG I-ORG O O B-ORG I-ORG O O B-PER I-PER O", 9, "I-PER", "ORG", "PER,ORG", "ORG", "ORG", "ends")]
    // A surname that ends a full person name elsewhere: PER inside longer names, ends a person name (a tie goes to PER).
    [InlineData("Ricky Ponting scored . Ponting was out", "B-PER I-PER O O B-LOC O O", 4, "B-LOC", "PER", "PER,LOC", "LOC", "PER", "ends")]
    // A word never inside a name gets no votes.
    [InlineData("Rain fell in Crete", "O O O B-LOC", 0, "O", "None", "", "None", "None", "")]
    public void Fill_FirstPassLabels_VotesOverTheDocument(string text, string labels, int token, string firstPass, string wordMajority, string wordTypes, string nameMajority, string longerMajority, string personEdge)
    {
        Token[] tokens = Tokenizer.Tokenize(text);
        byte[] first = [.. labels.Split(' ').Select(name => (byte)Array.IndexOf(EntityLabels.Names, name))];
        tokens.Should().HaveCount(first.Length);
        var votes = new FirstPassVotes();
        votes.Collect(text, tokens, first);
        var info = new TokenInfo[tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
        {
            info[i].Lower = FeatureHash.Lower(tokens[i].Slice(text));
        }

        votes.Fill(first, info);
        TokenInfo t = info[token];
        EntityLabels.Names[t.FirstPass].Should().Be(firstPass);
        ((EntityType)t.WordMajority).ToString().Should().Be(Short(wordMajority));
        string.Join(",", Enum.GetValues<EntityType>().Where(type => type != EntityType.None && (t.WordTypes & (1 << ((int)type - 1))) != 0).Select(EntityLabels.Code)).Should().Be(wordTypes);
        ((EntityType)t.NameMajority).ToString().Should().Be(Short(nameMajority));
        ((EntityType)t.LongerNameMajority).ToString().Should().Be(Short(longerMajority));
        string edges = string.Join(",", new[] { (FirstPassVotes.BeginsPersonName, "begins"), (FirstPassVotes.EndsPersonName, "ends") }.Where(e => (t.PersonEdge & e.Item1) != 0).Select(e => e.Item2));
        edges.Should().Be(personEdge);
    }

    [Fact]
    public void Collect_NextDocument_ForgetsThePrevious()
    {
        const string text = "Pirelli rose";
        Token[] tokens = Tokenizer.Tokenize(text);
        var votes = new FirstPassVotes();
        votes.Collect(text, tokens, [(byte)EntityLabels.Begin(EntityType.Organization), 0]);
        votes.Collect(text, tokens, [0, 0]);
        var info = new TokenInfo[tokens.Length];
        info[0].Lower = FeatureHash.Lower("Pirelli");
        votes.Fill([0, 0], info);
        info[0].WordMajority.Should().Be(0);
        info[0].WordTypes.Should().Be(0);
    }

    private static string Short(string code) => code == "None" ? "None" : EntityLabels.ParseType(code).ToString();
}
