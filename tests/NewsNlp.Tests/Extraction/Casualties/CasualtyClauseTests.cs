namespace NewsNlp.Tests.Extraction.Casualties;

/// <summary>
/// Clause-level readings of session 15 (issue 19): who the count is in its clause (agent or victim), victim phrases
/// with glosses, asides and appositives, object lists whose later nouns the lexicon does not know, amounts that are
/// no count of one, and tolls of things. Invented sentences only.
/// </summary>
public sealed class CasualtyClauseTests
{
    [Theory]
    // The fatal share of a harmed count, its verb left out, is a killed count.
    [InlineData("Police said 11 people were shot, 5 fatally, over the weekend.", "killed:5:5:5:exact")]
    [InlineData("Nine pilgrims were stabbed, two of them fatally.", "injured:9:9:9:exact; killed:2:2:2:exact")] // the whole stays a count of the stabbed
    // No harm verb before it, or no comma: no share.
    [InlineData("The report lists 7 fatally flawed contracts.", "")]
    [InlineData("Of the 40 cases, 3 fatally ended in court.", "")]
    public void Fatal_share_of_a_harmed_count(string sentence, string expected) =>
        CasualtyTestKit.Describe(sentence).Should().Be(expected);

    [Theory]
    // A relative clause with an active casualty verb and an object: the count did the harm.
    [InlineData("Police said three suspects who killed a shopkeeper fled the town.", "killed:1:1:1:exact")]
    [InlineData("Four youths who had kidnapped a farmer escaped.", "kidnapped:1:1:1:exact")]
    [InlineData("Six detectives who arrested him were praised by the mayor.", "")]
    [InlineData("A man who killed his neighbour was arrested on Monday.", "arrested:1:1:1:exact")]
    // The count's own predicate after that clause still tells what happened to the count.
    [InlineData("Two men who had kidnapped the mayor were arrested on Monday.", "arrested:2:2:2:exact")]
    // A passive relative clause keeps the count a count of victims.
    [InlineData("Three soldiers who were killed on Monday were buried today.", "killed:3:3:3:exact")]
    [InlineData("A man who was wounded in the attack died later.", "injured:1:1:1:exact")]
    public void Relative_clause_tells_agent_from_victim(string sentence, string expected) =>
        CasualtyTestKit.Describe(sentence).Should().Be(expected);

    [Theory]
    // All capitals: a word after a bare active verb that can only open its object makes the count the agents.
    [InlineData("FOUR MASKED MEN CARRYING RIFLES KIDNAPPED JUAN PEREZ, MAYOR OF THE TOWN, ON MONDAY.", "")]
    [InlineData("SEVERAL GUNMEN KILLED ROBERTO DIAZ, A RADIO ANNOUNCER.", "")]
    // A preposition, a time word or an adverb after the participle: the count is the victims.
    [InlineData("TWELVE PEOPLE KILLED IN THE ATTACK WERE BURIED TODAY.", "killed:12:12:12:exact")]
    [InlineData("THREE SOLDIERS WOUNDED DURING THE CLASH WERE TAKEN TO HOSPITAL.", "injured:3:3:3:exact")]
    [InlineData("TWO PEASANTS KILLED YESTERDAY WERE IDENTIFIED.", "killed:2:2:2:exact")]
    // A count with no noun of its own: the participle is an adjective of the noun after it.
    [InlineData("SEVEN KIDNAPPED UNIVERSITY STUDENTS WERE FREED.", "kidnapped:7:7:7:exact")]
    // A reflexive object is a death, not an agent's count.
    [InlineData("A MAN KILLED HIMSELF IN THE CELL.", "killed:1:1:1:exact")]
    public void Capitals_object_after_bare_verb(string sentence, string expected) =>
        CasualtyTestKit.Describe(sentence).Should().Be(expected);

    [Theory]
    // A bracketed gloss before more of the phrase, a dash aside, and an appositive of names.
    [InlineData("THREE ENGINEERS OF ACME (THE OIL COMPANY) AND TWO OF THEIR DRIVERS, MESSRS LOPEZ AND RUIZ, HAVE BEEN KIDNAPPED.", "kidnapped:3:3:3:exact; kidnapped:2:2:2:exact")]
    [InlineData("ONE OF THE BANDITS--THAT IS, ONE OF THE MEN WHO ROBBED THE BANK--WAS KILLED IN THE RAID.", "killed:1:1:1:exact")]
    [InlineData("TWO LEADERS OF THE FARMERS GUILD AND THE TEACHERS GUILD, MESSRS LOPEZ AND RUIZ, WERE MURDERED IN THE NORTH.", "killed:2:2:2:exact")]
    // The parts inside the aside stay sub-counts of their own, as before.
    [InlineData("Four nurses from the clinic -- three locals and one foreigner -- were detained.", "arrested:4:4:4:exact; arrested:3:3:3:exact; arrested:1:1:1:exact")]
    [InlineData("Three officials of the party, the police said on Monday, were arrested.", "arrested:3:3:3:exact")]
    public void Long_subject_reads_past_glosses_and_asides(string sentence, string expected) =>
        CasualtyTestKit.Describe(sentence).Should().Be(expected);

    [Theory]
    // Later counts of a verb's object list are victims whatever their noun.
    [InlineData("The blast killed 35 children and seven adults.", "killed:35:35:35:exact; killed:7:7:7:exact")]
    [InlineData("The blast killed five soldiers, 12 onlookers and two tourists.", "killed:5:5:5:exact; killed:12:12:12:exact; killed:2:2:2:exact")]
    // Things are not: the plausibility test drops them.
    [InlineData("The storm killed five farmers and 12 horses.", "killed:5:5:5:exact")]
    // A later count with its own casualty word is read by the subject pattern, once.
    [InlineData("The blast killed five soldiers and 12 others were wounded.", "killed:5:5:5:exact; injured:12:12:12:exact")]
    public void Object_list_reads_unknown_nouns(string sentence, string expected) =>
        CasualtyTestKit.Describe(sentence).Should().Be(expected);

    [Theory]
    // An amount noun before "of" is no count of one.
    [InlineData("The rebels kidnapped a large number of youths in the area.", "")]
    [InlineData("A group of students were arrested on Monday.", "")]
    [InlineData("Police arrested a number of students on Monday.", "")]
    // A toll of things is no toll of people.
    [InlineData("The toll of houses destroyed by the floods reached 900.", "")]
    [InlineData("The toll of dead from the floods reached 90.", "killed:90:90:90:exact")]
    public void Amounts_and_tolls_of_things(string sentence, string expected) =>
        CasualtyTestKit.Describe(sentence).Should().Be(expected);

    [Theory]
    // Other forms of the killing and injury verbs, and corpse descriptions before "bodies".
    [InlineData("Rebels execute 40 soldiers after taking the base.", "killed:40:40:40:exact")]
    [InlineData("The militia slew 12 farmers.", "killed:12:12:12:exact")]
    [InlineData("Twelve prisoners were hanged at dawn.", "killed:12:12:12:exact")]
    [InlineData("The bomb maimed 12 children.", "injured:12:12:12:exact")]
    [InlineData("Searchers recovered 40 charred bodies from the wreck.", "killed:40:40:40:exact")]
    [InlineData("Five research bodies signed the accord.", "")]
    public void Verb_forms_and_bodies(string sentence, string expected) =>
        CasualtyTestKit.Describe(sentence).Should().Be(expected);
}
