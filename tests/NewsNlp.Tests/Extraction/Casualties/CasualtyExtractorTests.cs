namespace NewsNlp.Tests.Extraction.Casualties;

public sealed class CasualtyExtractorTests
{
    [Theory]
    // --- Passive and subject counts: "N (people) were killed" ---
    [InlineData("According to authorities, a total of eleven people, mostly women and children, were killed in these two attacks.", "killed:11:11:11:exact")] // the model sentence: total, appositive, passive
    [InlineData("Eleven people were killed when a suicide bomber struck a market in Quetta.", "killed:11:11:11:exact")] // word number, passive
    [InlineData("At least 20 were killed between the two blasts, police said.", "killed:20:20:-:exact")] // "at least" bound with no noun
    [InlineData("The 176 people on board were all killed.", "killed:176:176:176:exact")] // "on board" and "all" between count and verb
    [InlineData("Seven soldiers died in the ambush near the border.", "killed:7:7:7:exact")] // intransitive "died"
    [InlineData("Dozens died in the attack, which was claimed by the Taliban.", "killed:-:-:-:approx")] // vague count
    [InlineData("At least five other civilians reportedly also died in the attack.", "killed:5:5:-:exact")] // adverbs between count and verb
    [InlineData("Three people have died since the outbreak began in March.", "killed:3:3:3:exact")] // perfect tense
    [InlineData("Twenty-seven people were killed and dozens more hurt.", "killed:27:27:27:exact; injured:-:-:-:approx")] // compound word and a vague second count
    [InlineData("Four policemen were shot dead at a checkpoint in Peshawar.", "killed:4:4:4:exact")] // "shot dead"
    [InlineData("Two journalists were among those killed, the union said.", "")] // "among those killed" names no count of the dead
    [InlineData("Nine people lost their lives in the landslide.", "killed:9:9:9:exact")] // "lost their lives"
    [InlineData("Up to 300 people were feared dead after the mudslide.", "killed:300:-:300:exact")] // upper bound with "feared"
    [InlineData("About 60 people died when the ferry capsized.", "killed:60:-:-:approx")] // hedged count
    [InlineData("Nearly 40 people perished in the fire.", "killed:40:-:40:approx")] // "perished", hedged: "nearly" is at most
    [InlineData("Five people drowned when the boat sank off Lampedusa.", "killed:5:5:5:exact")] // "drowned"
    [InlineData("A dozen people were killed in clashes overnight.", "killed:12:12:12:exact")] // "a dozen"
    [InlineData("Two dozen villagers were massacred by gunmen.", "killed:24:24:24:exact")] // "two dozen", "massacred"
    [InlineData("More than 1,000 people have been killed since the fighting began.", "killed:1000:1000:-:exact")] // separator and lower bound
    [InlineData("As many as 30 people may have been killed, a witness said.", "")] // modal: not a report
    [InlineData("Between 10 and 15 people were killed in the raid.", "killed:10:10:15:exact")] // a range
    [InlineData("Officials said 7 to 10 people died in the stampede.", "killed:7:7:10:exact")] // a "to" range
    [InlineData("Some 3,000 civilians were killed in the siege, the UN said.", "killed:3000:-:-:approx")] // "some" hedges
    [InlineData("An estimated 5,000 people died in the famine.", "killed:5000:-:-:approx")] // "an estimated"
    [InlineData("Thousands of people have been killed in the conflict.", "killed:-:-:-:approx")] // vague, "of" phrase
    [InlineData("Hundreds died in the earthquake.", "killed:-:-:-:approx")] // vague
    [InlineData("Scores more were injured.", "injured:-:-:-:approx")] // vague "scores"
    [InlineData("Several people were hurt in the stampede.", "injured:-:-:-:approx")] // vague "several"
    [InlineData("Many were killed as they slept.", "killed:-:-:-:approx")] // vague "many"
    [InlineData("Two primary school children were hurt by flying glass.", "injured:2:2:2:exact")] // "hurt"
    [InlineData("Ninety civilians were wounded, the ministry said.", "injured:90:90:90:exact")] // "wounded"
    [InlineData("Around twenty more, including a cameraman, were injured.", "injured:20:-:-:approx")] // appositive with "including"
    [InlineData("The local police chief and two others were also injured.", "injured:2:2:2:exact")] // "others"
    [InlineData("Three workers were seriously injured in the blast.", "injured:3:3:3:exact")] // adverb of degree
    [InlineData("At least 45 people were wounded in the shelling.", "injured:45:45:-:exact")] // wounded with bound
    [InlineData("Two people are missing after the flood swept through the valley.", "missing:2:2:2:exact")] // missing
    [InlineData("At least 4,000 are missing, the Red Cross said.", "missing:4000:4000:-:exact")] // missing with bound
    [InlineData("Sixty-eight people remain missing.", "missing:68:68:68:exact")] // "remain missing"
    [InlineData("Three foreign engineers were kidnapped in the Niger Delta.", "kidnapped:3:3:3:exact")] // kidnapped
    [InlineData("Three aid workers were taken hostage by gunmen.", "kidnapped:3:3:3:exact")] // "taken hostage"
    [InlineData("Two Italian tourists were abducted near the border.", "kidnapped:2:2:2:exact")] // abducted
    [InlineData("Two suspects were arrested, a police spokesman confirmed.", "arrested:2:2:2:exact")] // arrested
    [InlineData("At least 71 people were arrested during the protests.", "arrested:71:71:-:exact")] // arrested with bound
    [InlineData("Fifteen men were detained for questioning.", "arrested:15:15:15:exact")] // detained
    [InlineData("Five managers were arrested on embezzlement charges.", "arrested:5:5:5:exact")] // white-collar arrests still count
    [InlineData("Thousands fled the fighting in the north.", "displaced:-:-:-:approx")] // "fled"
    [InlineData("More than 200,000 people have been displaced by the floods.", "displaced:200000:200000:-:exact")] // displaced
    [InlineData("1,200 Iraqis were killed or wounded in fighting near Fish Lake.", "killed:1200:1200:1200:exact; injured:1200:1200:1200:exact")] // combined kinds give one record each
    [InlineData("It said at least 2,000 Iraqi troops had been killed, wounded or captured.", "killed:2000:2000:-:exact; injured:2000:2000:-:exact")] // "captured" adds no kind
    [InlineData("A total of 39 are confirmed dead, officials told state media.", "killed:39:39:39:exact")] // "confirmed dead"
    [InlineData("Taliban spokesman Zabiullah Mujahid claimed 190 were dead.", "killed:190:190:190:exact")] // "were dead" after a claim
    [InlineData("The 520 passengers and crew died instantly.", "killed:520:520:520:exact")] // two nouns joined by "and"
    [InlineData("Two of the victims died in hospital.", "killed:2:2:2:exact")] // partitive: the part counts
    [InlineData("One of the sixteen on board died.", "killed:1:1:1:exact")] // partitive: the whole is not the dead
    [InlineData("Those infected, over 1800 people, have died.", "killed:1800:1800:-:exact")] // count as an appositive of the subject
    [InlineData("Reports said \"three terrorists\" were killed in a firefight.", "killed:3:3:3:exact")] // quoted noun phrase
    [InlineData("Police said 337 suspected users in 38 countries were arrested.", "arrested:337:337:337:exact")] // "suspected" and a number inside the phrase
    // --- Nominal counts: "20 dead", "35 bodies", "six deaths" ---
    [InlineData("The blast left 20 dead and 45 wounded.", "killed:20:20:20:exact; injured:45:45:45:exact")] // two counts after "left"
    [InlineData("Officials reported 20 dead and 45 wounded.", "killed:20:20:20:exact; injured:45:45:45:exact")] // two nominal counts
    [InlineData("He described witnessing 35 bodies in one hospital.", "killed:35:35:35:exact")] // bodies
    [InlineData("The agency recorded six deaths from the storm.", "killed:6:6:6:exact")] // deaths
    [InlineData("The Committee to Protect Journalists reports sixteen other journalist deaths since 2015.", "killed:16:16:16:exact")] // "journalist deaths"
    [InlineData("The Iranians had 15,000 casualties, the spokesman said.", "killed:15000:15000:15000:exact; injured:15000:15000:15000:exact")] // casualties: combined kinds
    [InlineData("There were 18 injured, three of them critically.", "injured:18:18:18:exact")] // "18 injured"
    [InlineData("Some 30 injured were taken to hospital.", "injured:30:-:-:approx")] // hedged nominal
    [InlineData("The crash left 12 fatalities.", "killed:12:12:12:exact")] // fatalities
    [InlineData("Rescuers said 800 others injured were being treated.", "injured:800:800:800:exact")] // "others injured"
    [InlineData("Three hostages were freed on Sunday.", "kidnapped:3:3:3:exact")] // hostages
    [InlineData("Police made 15 arrests after the match.", "arrested:15:15:15:exact")] // arrests
    // --- Active verbs before the count ---
    [InlineData("A car bomb exploded in Kabul, killing at least 20 people.", "killed:20:20:-:exact")] // participle clause
    [InlineData("The attack had killed twelve and injured twelve more.", "killed:12:12:12:exact; injured:12:12:12:exact")] // two verbs, two counts
    [InlineData("Last week a car bombing killed five and wounded 110.", "killed:5:5:5:exact; injured:110:110:110:exact")] // wounded as active verb
    [InlineData("A huge car bomb exploded at the base, injuring about 30 people.", "injured:30:-:-:approx")] // "injuring about"
    [InlineData("Iraq said its forces killed or wounded 15,000 Iranian Revolutionary Guards.", "killed:15000:15000:15000:exact; injured:15000:15000:15000:exact")] // "killed or wounded" before the count
    [InlineData("The gunmen killed nine people and wounded 14 others.", "killed:9:9:9:exact; injured:14:14:14:exact")] // active with objects
    [InlineData("The explosion killed more than 1,000 people.", "killed:1000:1000:-:exact")] // lower bound object
    [InlineData("Militants killed eight workers at the mine.", "killed:8:8:8:exact")] // group object
    [InlineData("The bomb injured fourteen police officers.", "injured:14:14:14:exact")] // two-word group
    [InlineData("The blast injured at least 50 in the district.", "injured:50:50:-:exact")] // object without noun
    [InlineData("Gunmen kidnapped three foreigners from a hotel.", "kidnapped:3:3:3:exact")] // active kidnapped
    [InlineData("Police arrested 15 people after the riot.", "arrested:15:15:15:exact")] // active arrested
    [InlineData("Security forces detained 40 protesters overnight.", "arrested:40:40:40:exact")] // active detained
    [InlineData("Iraqi jets killed over 2,400 Iraqis, Tehran claimed.", "killed:2400:2400:-:exact")] // "over"
    [InlineData("The strike killed one miner, the company said.", "killed:1:1:1:exact")] // "one"
    [InlineData("The gunman killed all 17 students.", "killed:17:17:17:exact")] // "all" before the count
    [InlineData("Fighting in the Haj Omran area in 1983 killed thousands of soldiers.", "killed:-:-:-:approx")] // the year before the verb is refused; the vague object counts
    [InlineData("The militants said they were holding 20 hostages.", "kidnapped:20:20:20:exact")] // hostages held are kidnapped
    // --- Framing verbs ---
    [InlineData("The earthquake left 30 dead.", "killed:30:30:30:exact")] // "left N dead"
    [InlineData("The storm left more than 15,000 people homeless.", "displaced:15000:15000:-:exact")] // "left N homeless"
    [InlineData("The attack left two people dead and dozens injured.", "killed:2:2:2:exact; injured:-:-:-:approx")] // "left ... dead" and a vague count
    [InlineData("The fighting claimed 12 lives.", "killed:12:12:12:exact")] // "claimed N lives"
    [InlineData("The epidemic has claimed 6606 lives so far.", "killed:6606:6606:6606:exact")] // four digits before "lives" are not a year
    [InlineData("The fall of the base cost 1,269 Libyan lives, Chad said.", "killed:1269:1269:1269:exact")] // "cost N lives"
    [InlineData("The disease has claimed the lives of 12 children.", "killed:12:12:12:exact")] // "claimed the lives of"
    [InlineData("The crash took 44 lives.", "killed:44:44:44:exact")] // "took N lives"
    // --- Tolls ---
    [InlineData("The death toll rose to 40 on Sunday.", "killed:40:40:40:exact")] // "rose to"
    [InlineData("The death toll has risen from fourteen to 31.", "killed:31:31:31:exact")] // the new toll, not the old one
    [InlineData("Some estimated death tolls, provided anonymously by officials, exceeded 100.", "killed:100:100:-:exact")] // "exceeded" through an appositive
    [InlineData("This revised downwards an earlier toll of 27 dead.", "killed:27:27:27:exact")] // toll and "27 dead" are one record
    [InlineData("The death toll stood at 76 on Friday.", "killed:76:76:76:exact")] // "stood at"
    [InlineData("The official death toll now stands at more than 500.", "killed:500:500:-:exact")] // bounded toll
    [InlineData("The death toll could have been more than a thousand.", "")] // hypothetical toll
    [InlineData("Russia has one of the highest death tolls from road accidents, 18.9 deaths per 100,000 people.", "")] // a rate is not a toll
    [InlineData("The death toll from the tsunami that struck the coasts of a dozen Asian countries is still unknown.", "")] // a number far from the toll is not the toll
    [InlineData("The death toll rose from a previously reported 85 to 120.", "killed:120:120:120:exact")] // the new toll, not the earlier report
    [InlineData("The toll in Teri Mangal rose to 81, officials said.", "killed:81:81:81:exact")] // a place between toll and verb
    [InlineData("The toll is heavy, with several police among the dead.", "killed:-:-:-:approx")] // not the toll, but "several police among the dead" is a vague count
    [InlineData("Iraq said it had killed or wounded over 2,600 Iraqis in the battle.", "killed:2600:2600:-:exact; injured:2600:2600:-:exact")] // combined with a lower bound
    [InlineData("About 1,000 people are dead or missing after the storm.", "killed:1000:-:-:approx; missing:1000:-:-:approx")] // "dead or missing" combined
    [InlineData("All 189 on the aircraft died when the flight came down.", "killed:189:189:189:exact")] // "on the aircraft" inside the phrase
    [InlineData("Over a hundred people attended the party, four of whom were injured.", "injured:4:4:4:exact")] // "of whom"
    [InlineData("Sixty-six people or more were injured yesterday.", "injured:66:66:66:exact")] // "or more" inside the phrase
    [InlineData("Officials said the death toll from yesterday's bombing in Teri Mangal to the north had risen to at least 70.", "killed:70:70:-:exact")] // a long toll sentence
    [InlineData("In all, 114 people, including messengers, a security guard and an executive, have been arrested.", "arrested:114:114:114:exact")] // a long appositive with commas
    [InlineData("At least six persons, including three soldiers, were reported wounded.", "injured:6:6:-:exact")] // the part after "including" is no separate count
    [InlineData("The war has caused thousands of deaths.", "killed:-:-:-:approx")] // vague "thousands of deaths"
    [InlineData("Police arrested two employees on suspicion of fraud.", "arrested:2:2:2:exact")] // "on suspicion" ends the phrase
    // --- Lists ---
    [InlineData("Officials reported 150 security forces, 95 civilians, and hundreds of Taliban killed.", "killed:150:150:150:exact; killed:95:95:95:exact; killed:-:-:-:approx")] // list sharing one verb, vague item included
    [InlineData("The confirmed deaths are fourteen civilians, five Armed Forces personnel, and one member of the Coast Guard.", "killed:14:14:14:exact; killed:5:5:5:exact; killed:1:1:1:exact")] // list after "deaths are"
    [InlineData("Among the dead were 5 children.", "killed:5:5:5:exact")] // "the dead were"
    [InlineData("He said 90 civilians were wounded, as were seventeen from the Armed Forces, and two each from the Coast Guard and the National Police.", "injured:90:90:90:exact; injured:17:17:17:exact; injured:2:2:2:exact; injured:2:2:2:exact")] // "as were" and "two each from A and B"
    [InlineData("Blankenship ran the mine during the disaster that resulted in the deaths of 29 miners.", "killed:29:29:29:exact")] // "the deaths of N"
    // --- Negation ---
    [InlineData("The shells caused no casualties, the agency said.", "")] // "no casualties" is no record (issue 19: a zero count is none)
    [InlineData("No one was wounded and there were no losses.", "")] // "no one was wounded": no record
    [InlineData("Nobody was killed in the blast.", "")] // "nobody": no record
    [InlineData("Police said there were no injuries.", "")] // "no injuries": no record
    [InlineData("There were no immediate reports of casualties.", "")] // unknown is not zero
    public void Extract_NewsSentence_FindsCounts(string sentence, string expected)
    {
        CasualtyTestKit.Describe(sentence).Should().Be(expected);
    }
}
