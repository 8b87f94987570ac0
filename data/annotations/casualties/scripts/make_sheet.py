#!/usr/bin/env python3
"""Builds the blind annotation sheet for a drawn casualty batch: one JSON line per id with the sentence and its article
context (no system output). Run from the repository root:
python3 data/annotations/casualties/scripts/make_sheet.py DRAW.tsv OUT.jsonl [IDS_FILE]"""
import json, sys
SH = "../shared/data"  # run from the repository root, as the other casualty scripts
SOURCES = {"news": f"{SH}/news/news.jsonl", "muc4": f"{SH}/news-events/muc4.jsonl",
           "agnews_world": f"{SH}/news-events/agnews_world.jsonl", "wikitimes_cep": f"{SH}/news-events/wikitimes_cep.jsonl"}
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
only = set(l.strip() for l in open(sys.argv[3])) if len(sys.argv) > 3 else None
need = {}
for r in rows:
    need.setdefault(r[1], set()).add(r[2])
texts = {}
for src, docs in need.items():
    for line in open(SOURCES[src]):
        j = json.loads(line)
        if j["id"] in docs:
            texts[(src, j["id"])] = j
with open(sys.argv[2], "w") as o:
    for rid, src, doc, a, b, *_ in rows:
        if only is not None and rid not in only:
            continue
        j = texts[(src, doc)]
        t = j["text"]; a = int(a); b = int(b)
        head = t[:500] if a > 1800 else ""
        before = t[max(0, a - 1800):a]
        o.write(json.dumps({"id": rid, "source": src, "doc": doc, "title": j.get("title"), "date": j.get("date"),
                            "article_head": head, "before": before, "sentence": t[a:b], "after": t[b:b + 400]},
                           ensure_ascii=False) + "\n")
