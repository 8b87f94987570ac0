#!/usr/bin/env python3
"""Draws batch 11 (split dev8) of the casualty development set: a fresh blind sample weighted to the
report half's weak cells (muc4 and news; arrested, kidnapped, killed in long MUC-4 sentences, national
totals). Standard library only, seeded (random.Random(11019)).

Run from the repository root:  python3 data/annotations/casualties/scripts/select_dev8.py OUT.tsv
Writes one line per sentence: id, source, doc, start, end, pool, pattern (no text), and OUT.tsv.double:
the ten ids of the double sample.

Exclusions, as the README lists them: every (source, doc) already in casualties.jsonl; every doc of
data/annotations/report/ (ids.txt and the gold files); the held-out Wikinews 2019/2020 CSV records;
news articles whose text duplicates one of ../shared/articles/dev30.jsonl; the ids of
/work/notes/noread-ids.txt (when present)."""
import random, sys

from selection import ARRESTED, KIDNAPPED, KILLED_LONG, NATIONAL, NEGATIVES, Picker, candidates

SEED = 11019
TARGETS = [  # (name, pattern), first match wins
    ARRESTED,
    KIDNAPPED,
    NATIONAL,
    KILLED_LONG,
]


def main(out):
    rnd = random.Random(SEED)
    pick = Picker(candidates("dev8", TARGETS), rnd)

    # Targeted: news first for each cell, muc4 fills the rest.
    for pattern, n in [("arrested", 16), ("kidnapped", 12), ("killed-long", 14), ("national", 10)]:
        got = pick.take("news", "targeted", pattern, n // 2 if pattern != "killed-long" else 0)
        pick.take("muc4", "targeted", pattern, n - got)
    # Likely: muc4 and news weighted, a few of the other two.
    got = pick.take("news", "likely", "-", 12)
    pick.take("muc4", "likely", "-", 20 + (12 - got))
    pick.take("agnews_world", "likely", "-", 3)
    pick.take("wikitimes_cep", "likely", "-", 2)
    # Hard negatives over the eight kinds.
    for i, (name, _) in enumerate(NEGATIVES):
        pick.take("news" if i % 3 else "muc4", "negative", name, 1)
        pick.take("news", "negative", name, 1)
    pick.write(out, "U")


if __name__ == "__main__":
    main(sys.argv[1])
