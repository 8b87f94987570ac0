using NewsNlp.Events;

namespace NewsNlp.Tests.Events;

public sealed class TriggerLexiconTests
{
    private static string[] Find(string text)
    {
        var document = EventFacts.Document(text);
        var found = new List<TriggerMatch>();
        foreach (var sentence in document.Sentences)
        {
            TriggerLexicon.Default.Find(document, sentence, found);
        }

        return [.. found.Select(m => $"{m.Type}:{text[document.Tokens[m.FirstToken].Start..document.Tokens[m.LastToken].End]}")];
    }

    [Theory]
    // Irregular past tense listed in the lexicon.
    [InlineData("Iran struck the town.", "strike:struck")]
    // Regular inflection generated from "shell+".
    [InlineData("Troops shelled the village.", "strike:shelled")]
    // Consonant doubling generated from "stab+".
    [InlineData("A man stabbed the minister.", "strike:stabbed")]
    // A gap of a few words inside a phrase.
    [InlineData("Pakistan recalled its ambassador to Tehran.", "diplomatic_downgrade:recalled its ambassador")]
    // Curly quotes inside the phrase are skipped.
    [InlineData("They agreed to “de-escalate” tensions.", "deescalation:de-escalate")]
    // A multi-word noun.
    [InlineData("After a telephone conversation, calm returned.", "consultation:telephone conversation")]
    // Case does not matter.
    [InlineData("CEASEFIRE HOLDS IN GAZA", "deescalation:CEASEFIRE")]
    // Gold trigger words of the corpus's train split the lexicon missed (trig9): fighting verbs, plurals, alerts and incursions.
    [InlineData("Iraq said its troops repelled an Iranian attack east of Basra.", "strike:repelled")]
    [InlineData("Chadian troops overran an important garrison at Fada.", "strike:overran")]
    [InlineData("Army units fought skirmishes with rebels near the border.", "strike:skirmishes")]
    [InlineData("Rebels harassed the border posts overnight.", "strike:harassed")]
    [InlineData("Both sides declared unilateral truces.", "deescalation:truces")]
    [InlineData("Panama had broken diplomatic relations with Peru.", "diplomatic_downgrade:broken diplomatic relations")]
    // Wordings of the corpus's tune split no trigger reached (ev13r), by class with paraphrases: arson and sabotage by armed men,
    // strafing, counterinsurgency and military operations, pursuit, casualties inflicted, seizures of control.
    [InlineData("Rebel jets strafed the convoy on the highway.", "strike:strafed")]
    [InlineData("The guerrillas blew up three power pylons.", "strike:blew up")]
    [InlineData("Gunmen torched two buses outside the city.", "strike:torched")]
    [InlineData("The militiamen burned the bus in reprisal.", "strike:burned the bus")]
    [InlineData("Troops are conducting counterinsurgency operations in the suburbs.", "strike:counterinsurgency operations")]
    [InlineData("The army says it inflicted heavy casualties on the rebels.", "strike:inflicted heavy casualties")]
    [InlineData("Soldiers pursued the guerrillas into the hills.", "strike:pursued the guerrillas")]
    [InlineData("Militants seized control of two army bases.", "strike:seized control of")]
    // Talks by their round or as a dialogue held.
    [InlineData("At the end of the first round of the dialogue, both sides were deadlocked.", "consultation:round of the dialogue")]
    [InlineData("The dialogue held in the capital last week ended without a deal.", "consultation:dialogue held")]
    // Deployments told with the force as subject.
    [InlineData("Soldiers continued to patrol the cities.", "mobilization:continued to patrol")]
    [InlineData("The enemy troops were reinforced by two armoured carriers.", "mobilization:troops were reinforced")]
    [InlineData("Army troops are slowly moving into the northern districts.", "mobilization:troops are slowly moving into")]
    [InlineData("Troops concentrated along the border with the neighbouring state.", "mobilization:Troops concentrated along")]
    // Withdrawals with the force as subject, and peace accords signed (de-escalation, not a plain agreement).
    [InlineData("The last foreign soldier withdrew from the island on Friday.", "deescalation:soldier withdrew")]
    [InlineData("The government and the rebels signed a peace agreement on Monday.", "deescalation:signed a peace agreement")]
    [InlineData("The bishops called upon the rebels to lay down their arms.", "appeal:called upon")]
    [InlineData("We demand that the army withdraw from the town.", "appeal:demand that")]
    [InlineData("Iran vowed to avenge the deaths of its sailors.", "threat:vowed to avenge")]
    [InlineData("The rebels charged that the army had bombed villages.", "accusation:charged that")]
    [InlineData("The army declared a state of maximum alert.", "mobilization:state of maximum alert")]
    [InlineData("Nicaraguan troops entered Honduran territory on Sunday.", "mobilization:entered Honduran territory")]
    // Issue 15, the wordings of the speech acts and deployments outside the lexicon (ev12): requests and demands of a conflict object,
    // complaints and protests lodged, charges with "that" further on, repudiation, more labels for an act; vows of revenge by other verbs;
    // concentrations of troops, reinforcements, patrols, sweeps, postings, landings and airlifts.
    [InlineData("The rebels requested the immediate release of the prisoners.", "appeal:requested the immediate release")]
    [InlineData("Chad has asked for an immediate ceasefire.", "appeal:asked for an immediate ceasefire")]
    [InlineData("The government demands the withdrawal of the foreign troops.", "appeal:demands the withdrawal")]
    [InlineData("The bishops demand an end to the war.", "appeal:demand an end to")]
    [InlineData("Syria has complained to the United Nations about the blockade.", "accusation:complained to")]
    [InlineData("Greece lodged a strong protest with Turkey over the flights.", "accusation:lodged a strong protest")]
    [InlineData("Vietnam charged at the meeting that the bank had cut its aid.", "accusation:charged at the meeting that")]
    [InlineData("Argentina repudiated the attacks on the judges.", "accusation:repudiated")]
    [InlineData("Tehran called the raid an escalation.", "accusation:called the raid an escalation")]
    [InlineData("Iran promised retaliation for the attack.", "threat:promised retaliation")]
    [InlineData("Nicaragua has concentrated troops along the border.", "mobilization:concentrated troops")]
    [InlineData("He noted the concentration of Nicaraguan troops on the border.", "mobilization:concentration of Nicaraguan troops")]
    [InlineData("The army reinforced its positions near the capital.", "mobilization:reinforced its positions")]
    [InlineData("Troops patrolled the centre of the capital.", "mobilization:patrolled")]
    [InlineData("Special units combed the area for the attackers.", "mobilization:combed the area")]
    [InlineData("The army posted additional troops on the avenues.", "mobilization:posted additional troops")]
    [InlineData("Britain rushed reinforcements to the colony.", "mobilization:rushed reinforcements")]
    [InlineData("The Navy landed marines on the island.", "mobilization:landed marines")]
    [InlineData("The United States sent military advisers to El Salvador.", "mobilization:sent military advisers")]
    [InlineData("The army stepped up patrols along the border.", "mobilization:stepped up patrols")]
    // Issue 15 (ev16r), wordings the corpus's training split labels and the lexicon never proposed: a request or demand whose content is a
    // "that" clause (as "demand that" already was) or a direct object after a determiner, and troops as the subject of a verb of
    // sending or arriving.
    [InlineData("The rebels requested that the army leave the town.", "appeal:requested that")]
    [InlineData("The president asked that the neighbouring state close its border.", "appeal:asked that")]
    [InlineData("The guerrillas demand a purge of the army.", "appeal:demand a")]
    [InlineData("Paratroopers have been urgently dispatched to the border.", "mobilization:Paratroopers have been urgently dispatched")]
    [InlineData("Foreign marines arrived in the capital on Monday.", "mobilization:marines arrived")]
    public void Find_NewsSentence_MatchesTrigger(string text, string expected)
    {
        Find(text).Should().Contain(expected);
    }

    [Theory]
    // The same words in other senses find no trigger of the type (ev12): a request without a conflict object, a complaint with neither
    // addressee nor content, market forces, a land deal, a guard post.
    [InlineData("The company requested a meeting of shareholders.", "appeal")]
    [InlineData("Japan asked for more time.", "appeal")]
    [InlineData("Consumer demand for cars rose in March.", "appeal")]
    [InlineData("Farmers complained about the weather.", "accusation")]
    [InlineData("The bank will concentrate on its retail business.", "mobilization")]
    [InlineData("The land was sold to the soldiers' pension fund.", "mobilization")]
    [InlineData("The trading post was closed by the guards.", "mobilization")]
    [InlineData("Shareholders asked about the plan.", "appeal")]
    [InlineData("The guests arrived in the capital on Monday.", "mobilization")]
    public void Find_OtherSense_FindsNoTriggerOfType(string text, string type)
    {
        Find(text).Should().NotContain(f => f.StartsWith(type + ":", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_PunctuationInsideGap_StopsTheMatch()
    {
        Find("Pakistan recalled the event; its ambassador left.").Should().NotContain(f => f.StartsWith("diplomatic_downgrade", StringComparison.Ordinal));
    }

    [Fact]
    public void Default_LoadsEveryType()
    {
        TriggerLexicon.Default.Count.Should().BeGreaterThan(100);
    }
}
