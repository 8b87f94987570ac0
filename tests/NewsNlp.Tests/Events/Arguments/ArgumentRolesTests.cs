using NewsNlp.Events;
using NewsNlp.Events.Arguments;

namespace NewsNlp.Tests.Events.Arguments;

/// <summary>The learned argument-role model: its policy, its features and the roles it leaves in rows the guidelines settle.</summary>
public sealed class ArgumentRolesTests
{
    private static ArgumentRole Role(string name) => Enum.Parse<ArgumentRole>(name);

    [Theory]
    // The shipped policy only adds roles the model is sure of; it never takes away a role the rules gave.
    [InlineData("None", 0.8f, 0.1f, "Actor")]
    [InlineData("None", 0.1f, 0.75f, "Target")]
    [InlineData("None", 0.6f, 0.2f, "None")]
    [InlineData("Actor", 0.01f, 0.9f, "Actor")]
    [InlineData("Target", 0.9f, 0.01f, "Target")]
    public void Shipped_policy_adds_confident_roles_and_keeps_the_rules(string rule, float actor, float target, string expected) =>
        RolePolicy.Shipped.Decide(Role(rule), actor, target).Should().Be(Role(expected));

    [Theory]
    [InlineData("Actor", 0.1f, 0.7f, "Target")]
    [InlineData("Actor", 0.1f, 0.2f, "None")]
    [InlineData("Actor", 0.4f, 0.9f, "Actor")]
    public void A_dropping_policy_replaces_a_role_the_model_disbelieves(string rule, float actor, float target, string expected) =>
        new RolePolicy(0.3f, 0.5f).Decide(Role(rule), actor, target).Should().Be(Role(expected));

    [Theory]
    [InlineData("None", 1f, 0f)]
    [InlineData("Actor", 0f, 1f)]
    [InlineData("Target", 1f, 0f)]
    public void Rules_only_never_changes_a_role(string rule, float actor, float target) =>
        RolePolicy.RulesOnly.Decide(Role(rule), actor, target).Should().Be(Role(rule));

    [Fact]
    public void Shipped_model_has_an_actor_and_a_target_output()
    {
        ArgumentRoles.Default.Should().NotBeNull();
        ArgumentRoles.Default!.Types.Should().Equal("actor", "target");
    }

    [Theory]
    // The guidelines' rows: the agent after "by" of a passive is the actor, the passive subject the target.
    [InlineData("The Kuwaiti port was shelled by Iranian gunboats on Monday.", "strike IR>KW")]
    // A count between "by" and the agent ("by four Iranian gunboats") still makes an agent.
    [InlineData("The Kuwaiti port was shelled by four Iranian gunboats on Monday.", "strike IR>KW")]
    [InlineData("The Kuwaiti port was shelled by 12 Iranian gunboats on Monday.", "strike IR>KW")]
    [InlineData("Iran was attacked by Iraq on Monday.", "strike IQ>IR")]
    // A unit of the agent's force, with a count or an article: "an attack by three divisions of Iranian troops" is Iran's.
    [InlineData("Iraq said its troops repelled an overnight attack by three divisions of Iranian troops near Basra.", "strike IR>IQ")]
    [InlineData("Iraq said it beat off an attack by a brigade of Iranian troops.", "strike IR>IQ")]
    [InlineData("Iraqi jets attacked Iranian oil platforms on Monday.", "strike IQ>IR")]
    public void Passive_agent_is_the_actor(string text, string expected) =>
        EventFacts.Described(text).Should().Contain(expected);

    [Theory]
    // "The Uruguay Round" names trade talks, not Uruguay as a party of the meeting, by default either.
    [InlineData("Japan and the United States held talks on the Uruguay Round on Monday.", "consultation JP,US>")]
    [InlineData("Japan held talks on the Uruguay Round on Monday.", null)]
    // The flag state of an attacked merchant ship is its target: the corpus's annotators code it so.
    [InlineData("Iraqi jets attacked a Liberian tanker in the Gulf on Monday.", "strike IQ>LR")]
    public void The_name_of_talks_is_no_party_and_a_flag_is(string text, string? expected)
    {
        string[] events = EventFacts.Described(text);
        events.Should().NotContain(e => e.Contains("UY", StringComparison.Ordinal));
        if (expected is not null)
        {
            events.Should().Contain(expected);
        }
    }

    [Theory]
    // A country named only as a thing's maker is no party: the missiles are Iran's when Iran fires them.
    [InlineData("Iran fired Chinese-made missiles at a Kuwaiti tanker in the Gulf on Monday.", "strike IR>KW", "CN")]
    [InlineData("Rebels shot down a helicopter with a Soviet-built rocket near the border with Chad on Monday, Libya said.", null, "SU")]
    // A guard: this one was already read right before the rule (the maker stands after "used"); it must stay so.
    [InlineData("Iraqi jets used French-designed missiles to attack an Iranian oil platform on Tuesday.", "strike IQ>IR", "FR")]
    // A backer can be a party, and an owner is one: "-backed" and "-owned" stay.
    [InlineData("Iraqi jets attacked a Kuwaiti-owned tanker in the Gulf on Monday.", "strike IQ>KW", null)]
    public void A_maker_is_no_party(string text, string? expected, string? absent)
    {
        string[] events = EventFacts.Described(text);
        if (absent is not null)
        {
            events.Should().NotContain(e => e.Contains(absent, StringComparison.Ordinal));
        }

        if (expected is not null)
        {
            events.Should().Contain(expected);
        }
    }

    [Fact]
    public void Features_are_the_same_for_the_same_mention_and_read_the_preposition()
    {
        int[] Features(string text, int mention)
        {
            var document = EventFacts.Document(text);
            var facts = EventFacts.For(text);
            var index = ActorIndex.Build(document, facts);
            var context = new MentionContext(document, index);
            var triggers = new List<TriggerMatch>();
            TriggerLexicon.Default.Find(document, document.Sentences[0], triggers);
            var setting = new RoleSetting(document.Sentences[0], triggers[0], triggers[0].Type, document.Sentences[0].FirstToken, document.Sentences[0].EndToken, true, -1);
            var features = new List<int>();
            RoleFeatures.Collect(context, setting, mention, ArgumentRole.None, RuleSource.None, features);
            return [.. features];
        }

        const string ByIran = "The tanker was attacked by Iran on Monday.";
        const string OnIran = "The tanker was attacked on Iran on Monday.";
        Features(ByIran, 0).Should().Equal(Features(ByIran, 0));
        Features(ByIran, 0).Should().NotEqual(Features(OnIran, 0));
    }
}
