#!/usr/bin/env python3
"""Draws batch 12 (split dev9) of the casualty development set: a fresh blind sample of about 100
sentences: about 45 likely (a casualty word, all four sources; news is nearly exhausted), about 35
targeted at the weak cells (arrested, kidnapped, killed in long MUC-4 sentences, national totals,
displaced, executions/massacres, toll updates, joined kinds such as "dead or wounded") and about 20 hard
negatives. Seed 12019; the records, splitter, count test, dedup and exclusions are select_dev8.py's (both
import selection.py), at most 2 sentences per article. Standard library only, seeded (random.Random(12019)).

Run from the repository root:  python3 data/annotations/casualties/scripts/select_dev9.py OUT.tsv
Writes one line per sentence: id, source, doc, start, end, pool, pattern (no text), and OUT.tsv.double:
the ten ids of the double sample.

Exclusions: those of selection.candidates (the README lists them; batch 12 itself is not excluded, so the draw
reproduces after it was appended)."""
import random, re, sys

from selection import ARRESTED, KIDNAPPED, KILLED_LONG, NATIONAL, NEGATIVES, Picker, candidates

SEED = 12019
TARGETS = [  # (name, pattern), first match wins; the four dev9 cells first (they are rarer)
    ("joined", re.compile(r"\b(dead|killed|deaths?)\s+(?:or|and|and/or)\s+(wounded|injured|missing|hurt)\b|"
                          r"\b(wounded|injured|hurt)\s+(?:or|and|and/or)\s+(killed|dead)\b|\bcasualties\b", re.I)),
    ("toll-update", re.compile(r"\b(death toll|toll|rose to|risen to|climbed to|has risen|has climbed|"
                               r"raising the|bringing the|brought the|number of (?:dead|deaths|victims)|"
                               r"updated|revised)\b", re.I)),
    ("displaced", re.compile(r"\b(displaced|fled|refugees?|homeless|evacuat\w*|uprooted|forced from)\b", re.I)),
    ("executions", re.compile(r"\b(execut(?:ed|es|ing|ions?)|massacr\w*|firing squad|hanged|beheaded|"
                              r"lynched)\b", re.I)),  # not "executive"
    ARRESTED,
    KIDNAPPED,
    NATIONAL,
    KILLED_LONG,
]


def main(out):
    rnd = random.Random(SEED)
    pick = Picker(candidates("dev9", TARGETS), rnd)
    picked = pick.picked

    OTHERS = ["muc4", "agnews_world", "wikitimes_cep"]

    def take_round(pool, pattern, n, first_news, others=OTHERS):
        """news first (up to first_news), then one at a time round the other sources until n or exhausted."""
        got = pick.take("news", pool, pattern, min(first_news, n))
        while got < n:
            step = 0
            for src in others:
                if got >= n:
                    break
                k = pick.take(src, pool, pattern, 1)
                got += k
                step += k
            if step == 0:
                break
        return got

    # Targeted (35): news up to half of each cell, then muc4 / agnews_world / wikitimes_cep in turn.
    for pattern, n in [("arrested", 6), ("kidnapped", 5), ("national", 5), ("displaced", 4),
                       ("executions", 4), ("toll-update", 3), ("joined", 3)]:
        take_round("targeted", pattern, n, n // 2)
    pick.take("muc4", "targeted", "killed-long", 5)
    # Likely (45): news up to 12, then muc4 15, agnews_world 10, wikitimes_cep 8; shortfalls go round.
    got = pick.take("news", "likely", "-", 12)
    got += pick.take("muc4", "likely", "-", 15)
    got += pick.take("agnews_world", "likely", "-", 10)
    got += pick.take("wikitimes_cep", "likely", "-", 8)
    if got < 45:
        take_round("likely", "-", 45 - got, 0)
    # Hard negatives (20) over the eight kinds: news then a rotating other source; money, ages, sports and
    # people-like get a third.
    for i, (name, _) in enumerate(NEGATIVES):
        n = 3 if name in ("money", "ages", "sports", "people-like") else 2
        rot = OTHERS[i % 3:] + OTHERS[:i % 3]
        take_round("negative", name, n, 1, rot)
    short = 20 - sum(1 for p in picked if p[5] == "negative")
    if short > 0:  # a kind with too few candidates: the shortfall goes to people-like (the hardest kind)
        take_round("negative", "people-like", short, 0)
    pick.write(out, "V")


if __name__ == "__main__":
    main(sys.argv[1])
