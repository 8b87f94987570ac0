#!/usr/bin/env python3
"""Turn an article gold file into scorer predictions: usage to_pred.py GOLD OUT required|all [ids...].
`required` drops optional items; `all` keeps them (flags and notes removed). Date items get `end`
= start + len(text) so that score.py compares date spans by overlap."""
import json, sys
src, out, mode = sys.argv[1], sys.argv[2], sys.argv[3]
ids = set(sys.argv[4:])
F = ["countries", "people", "casualties", "dates", "events"]
with open(out, "w") as o:
    for l in open(src):
        d = json.loads(l)
        if ids and d["id"] not in ids: continue
        r = {"id": d["id"]}
        for f in F:
            items = []
            for it in d.get(f) or []:
                if mode == "required" and it.get("optional"): continue
                it = {k: v for k, v in it.items() if k not in ("optional", "note")}
                if f == "dates" and it.get("start") is not None:
                    it["end"] = it["start"] + len(it["text"])
                items.append(it)
            r[f] = items
        o.write(json.dumps(r) + "\n")
