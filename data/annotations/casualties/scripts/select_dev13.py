#!/usr/bin/env python3
"""Draws batch 16 (split dev13) of the casualty development set: a fresh blind sample of 100 sentences drawn as
they come, with no targeted cells, so that its figure is one for ordinary conflict and disaster news rather than
for the weak cells earlier batches aimed at: 82 sentences with a casualty word and a count (muc4 28, agnews_world
28, wikitimes_cep 22, news 4; news is nearly used up) and 18 hard negatives (two of each kind, two more
people-like). Seed 15023; the records, splitter, count test, dedup and exclusions are selection.py's, at most 2
sentences per article. Standard library only.

Run from the repository root:  python3 data/annotations/casualties/scripts/select_dev13.py OUT.tsv
Writes one line per sentence: id, source, doc, start, end, pool, pattern (no text), and OUT.tsv.double: the ten
ids of the double sample. Exclusions: those of selection.candidates (batch 16 itself is not excluded, so the draw
reproduces after it was appended)."""
import random, sys

from selection import NEGATIVES, Picker, candidates

SEED = 15023


def main(out):
    rnd = random.Random(SEED)
    pick = Picker(candidates("dev13", []), rnd)
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
    pick.write(out, "Z")


if __name__ == "__main__":
    main(sys.argv[1])
