using System.Collections.Immutable;
using NewsNlp.Extraction.Numbers;
using NewsNlp.Lexicons;
using NewsNlp.Text;

namespace NewsNlp.Extraction.Casualties;

/// <summary>
/// Finds reported counts of people killed, injured, missing, kidnapped, arrested or displaced. Thread-safe.
/// </summary>
/// <remarks>
/// Documented choices: a combined figure ("15,000 killed or wounded", "15,000 casualties", "killed,
/// wounded or captured") gives one record per named kind with the same count ("captured" adds none;
/// only a count of its own beside a killed count, "killed 384 and captured 48", is an arrested record);
/// an explicit negation ("no casualties", "no one was hurt") or a count of 0 gives nothing; hypothetical, negated
/// or intended harm ("could kill thousands", "were not hurt") gives nothing; boilerplate sentences add nothing;
/// a figure repeated for the same kind in another sentence is one record (two counts of one sentence with
/// separate evidence are two), and totals are kept as stated, never summed.
/// </remarks>
internal sealed class CasualtyExtractor : IStage
{
    // Injury nouns whose victims follow "to" ("injuries to a child"): "to" stands for the verb before the victims.
    private static readonly WordClass InjuryObjectNouns = Lexicon.Default.Class("casualties/injury-object-nouns");

    /// <summary>Adds the <see cref="CasualtyLayer"/>.</summary>
    public void Run(Document document) => document.Set(new CasualtyLayer(Extract(document)));

    /// <summary>Extracts the casualty counts of <paramref name="document"/>, in text order.</summary>
    public ImmutableArray<CasualtyEntity> Extract(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mentions = new List<CasualtyMention>();
        for (int s = 0; s < document.Sentences.Length; s++)
        {
            Sentence sentence = document.Sentences[s];
            if (!sentence.IsBoilerplate)
            {
                ScanSentence(document, s, mentions);
            }
        }

        return mentions.Count == 0 ? [] : CasualtyMerger.Merge(document, mentions);
    }

    private static void ScanSentence(Document document, int sentenceIndex, List<CasualtyMention> output)
    {
        var sentence = new CasualtySentence(document, sentenceIndex, output);
        string text = document.Text;
        Token[] tokens = document.Tokens;
        int t = sentence.First;
        while (t < sentence.Limit)
        {
            Token token = tokens[t];
            if (token.Kind is TokenKind.Number or TokenKind.Word && sentence.TryQuantity(t, out Quantity quantity))
            {
                SubjectCounts.Match(sentence, quantity);
                FatalShares.Match(sentence, quantity);
                if (quantity.EndToken > t + 1)
                {
                    t = quantity.EndToken;
                    continue;
                }
            }

            if (token.Kind == TokenKind.Word)
            {
                WordClassSet classes = document.Classes(t);
                if (CasualtyLexicon.TryTrigger(classes, out CasualtyKinds kinds, out TriggerRole role))
                {
                    if ((role & TriggerRole.BeforeCount) != 0)
                    {
                        VerbObjectCounts.MatchObject(sentence, t, kinds);
                    }

                    if ((role & TriggerRole.Framing) != 0)
                    {
                        VerbObjectCounts.MatchFraming(sentence, t, kinds);
                    }

                    if ((role & TriggerRole.Noun) != 0)
                    {
                        NounListCounts.Match(sentence, t, kinds);
                    }

                    if ((role & TriggerRole.AfterCount) != 0 && sentence.Is(t - 1, "them"))
                    {
                        // "shot them dead": the pronoun stands for a count named before.
                        PronounCounts.MatchBeforeTrigger(sentence, t, kinds);
                    }
                }

                if (CasualtyPhrases.TryPhrase(sentence, t, out CasualtyKinds phraseKinds, out int phraseTokens) && CasualtyPhrases.TakesObject(phraseKinds))
                {
                    // "rebels gunned down 12 villagers": the phrase's last word stands for the verb, and what
                    // stands before its first word decides whether it is hypothetical ("stabbed to death" holds a "to").
                    VerbObjectCounts.MatchObject(sentence, t + phraseTokens - 1, phraseKinds, hypotheticalFrom: t);
                }

                if (classes.Has(VerbObjectCounts.DeathMannerVerbs))
                {
                    VerbObjectCounts.MatchToDeath(sentence, t);
                }

                if (classes.Has(VerbObjectCounts.DisplacingVerbs))
                {
                    VerbObjectCounts.MatchDisplacement(sentence, t);
                }

                CompanionCounts.Match(sentence, t);
                if (classes.Has(CaptureCounts.Verbs))
                {
                    CaptureCounts.Match(sentence, t);
                }

                if (classes.Has(CaptureCounts.Nouns))
                {
                    CaptureCounts.MatchNoun(sentence, t);
                }

                if (sentence.Is(t + 1, "to") && classes.Has(InjuryObjectNouns))
                {
                    // "causing minor injuries to a child and a guard": "to" stands for the verb before the victims.
                    VerbObjectCounts.MatchObject(sentence, t + 1, CasualtyKinds.Injured, hypotheticalFrom: t);
                }

                if (classes.Has(VerbObjectCounts.HospitalVerbs))
                {
                    VerbObjectCounts.MatchHospital(sentence, t);
                }

                if (RetinueVictims.IsRetinueNoun(sentence, t))
                {
                    RetinueVictims.Match(sentence, t);
                }

                if (SingleVictims.IsArticle(sentence, t))
                {
                    SingleVictims.MatchSubject(sentence, t);
                }
                else if (sentence.Is(t, "another"))
                {
                    SingleVictims.MatchAnother(sentence, t);
                }
                else if (classes.Has(NounListCounts.Nominals))
                {
                    NounListCounts.MatchOf(sentence, t);
                }
                else if (classes.Has(TollCounts.NumberNouns))
                {
                    TollCounts.MatchNumber(sentence, t);
                }
                else if (classes.Has(CasualtyLexicon.TollNouns))
                {
                    TollCounts.Match(sentence, t);
                }
            }

            t++;
        }
    }
}
