using FluentAssertions;
using Xunit;

namespace NewsNlp.Tests.Events.Arguments;

/// <summary>
/// A strike whose clause names no target is coded on the country it was done in, read from the place phrase (the guidelines'
/// "done to or in", the actor's own country included); a weak trigger needs an armed agent or weapon beside it. Invented sentences; Manila, Karachi and Mosul are
/// not in the test's name table, so their country comes from the gazetteer alone.
/// </summary>
public sealed class StrikePlaceTests
{
    [Theory]
    [InlineData("A car bomb exploded near a police station in Manila on Tuesday, killing 12 people.", "strike >PH")]
    [InlineData("Gunmen attacked a bus in northern Pakistan on Tuesday.", "strike >PK")]
    [InlineData("A suicide bomber attacked a mosque in Karachi on Tuesday.", "strike >PK")]
    [InlineData("Iraqi troops shelled a village near Mosul on Tuesday.", "strike IQ>IQ")] // done in the actor's own country: coded on it too
    [InlineData("Rebels attacked a police patrol in a remote area of northeastern Nigeria near the Cameroon border on Tuesday.", "strike >NG")] // "of" after a part of a place reads on; a border is no place
    [InlineData("Gunmen attacked a convoy in the north of Pakistan on Tuesday.", "strike >PK")]
    [InlineData("Roadside bombs killed four Iranian soldiers in Baghdad on Tuesday.", "strike >IR,IQ")] // the victims and the place, as the gold codes them
    [InlineData("Iran shot down a Ukrainian airliner near Tehran on Wednesday.", "strike IR>UA")] // the actor's own country only stands for a target nobody names
    [InlineData("Gunmen attacked a bank in New Jersey on Tuesday.", "strike >")]
    public void A_strike_without_a_target_is_placed_where_it_was_done(string sentence, string expected) =>
        EventFacts.Described(sentence).Should().Equal(expected);

    [Theory]
    [InlineData("Thirteen people were killed in an explosion at a power plant in Manila on Tuesday.")]
    [InlineData("Shares in Manila were hit by heavy selling on Tuesday.")]
    [InlineData("An unmanned rocket carrying a weather satellite blasted off in Manila on Tuesday.")]
    public void A_weak_trigger_without_an_armed_agent_or_weapon_is_not_placed(string sentence) =>
        EventFacts.Described(sentence).Should().BeEmpty();
}
