#!/usr/bin/env python3
"""Draws one of the casualty set's fresh blind batches taken "as they come" (batches 13-16, splits dev10-dev13): 100 sentences
with no targeted cells, so that a batch's figure is one for ordinary conflict and disaster news rather than for the weak cells
earlier batches aimed at: 82 sentences with a casualty word and a count (muc4 28, agnews_world 28, wikitimes_cep 22, news 4; a
source with too few candidates passes its shortfall round the others) and 18 hard negatives (two of each kind, two more
people-like). The records, splitter, count test, dedup and exclusions are selection.py's, at most 2 sentences per article; the
batches differ only in their split, seed and id prefix (BATCHES). Standard library only.

Run from the repository root:  python3 data/annotations/casualties/scripts/select_as_drawn.py SPLIT OUT.tsv
Writes one line per sentence: id, source, doc, start, end, pool, pattern (no text), and OUT.tsv.double: the ten ids of the
double sample. Exclusions: those of selection.candidates, with the no-read list as it stood at the draw
(scripts/noread/SPLIT.txt), so a draw reproduces after it and later batches were appended; dev10 kept no such copy and no longer
reproduces."""
import os, random, sys

from selection import NEGATIVES, Picker, candidates

# split: (seed, id prefix)
BATCHES = {"dev10": (12020, "W"), "dev11": (13021, "X"), "dev12": (14022, "Y"), "dev13": (15023, "Z"), "dev14": (16024, "V"), "dev15": (17025, "U"), "dev16": (18026, "T"), "dev17": (19027, "S"), "dev18": (20028, "R")}


def main(split, out):
    seed, prefix = BATCHES[split]
    rnd = random.Random(seed)
    snapshot = f"data/annotations/casualties/scripts/noread/{split}.txt"
    pick = Picker(candidates(split, [], snapshot if os.path.exists(snapshot) else None), rnd)
    others = ["muc4", "agnews_world", "wikitimes_cep"]
    got = 0
    for src, n in [("muc4", 28), ("agnews_world", 28), ("wikitimes_cep", 22), ("news", 4)]:
        got += pick.take(src, "likely", "-", n)
    while got < 82:  # a source with too few candidates: the shortfall goes round the others
        step = 0
        for src in others:
            if got < 82:
                k = pick.take(src, "likely", "-", 1)
                got += k
                step += k
        if step == 0:
            break
    # Hard negatives (18): two of each of the NEGATIVES kinds, rotating over the sources, then two more people-like.
    for i, (name, _) in enumerate(NEGATIVES):
        rot = others[i % 3:] + others[:i % 3]
        taken = 0
        for src in rot + ["news"]:
            if taken < 2:
                taken += pick.take(src, "negative", name, 2 - taken)
    for src in ["muc4", "wikitimes_cep", "agnews_world"]:
        if len(pick.picked) < 100:
            pick.take(src, "negative", "people-like", 1)
    pick.write(out, prefix)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
