#!/usr/bin/env python3
"""Checks and ingests blind casualty labels.
  lab.py check LABELS.jsonl SHEET.jsonl            -> lists problems (missing ids, texts not found in the sentence, bad values)
  lab.py ingest LABELS.jsonl SHEET.jsonl DRAW.tsv SPLIT ANNOTATOR BATCH OUT.jsonl
Label line: {"id": "R001", "casualties": [{"kind": "killed", "count": 3, "min": null, "max": null, "approximate": false,
  "groups": ["soldiers"], "scope": "event", "place": "SV", "count_text": "three", "count_occurrence": 1,
  "trigger_text": "killed", "trigger_occurrence": 1, "optional": false}], "note": "free text"}
count_text / trigger_text: exact substrings of the sentence (case-sensitive); *_occurrence: which occurrence (1-based, default 1).
count_text may be null only for vague amounts (count null)."""
import hashlib, json, sys
KINDS = {"killed", "injured", "missing", "kidnapped", "arrested", "displaced"}
SCOPES = {"event", "national", "global", "historical", "hypothetical", "misstatement"}

def find(s, t, n):
    i = -1
    for _ in range(n or 1):
        i = s.find(t, i + 1)
        if i < 0:
            return None
    return i

def load(path):
    return {j["id"]: j for j in map(json.loads, (l for l in open(path) if l.strip()))}

def problems(labels, sheet):
    out = []
    for rid in sheet:
        if rid not in labels:
            out.append(f"{rid}: no label line")
    for rid, j in labels.items():
        if rid not in sheet:
            out.append(f"{rid}: not in the sheet"); continue
        s = sheet[rid]["sentence"]
        for k, c in enumerate(j.get("casualties", [])):
            w = f"{rid} item {k}"
            if c.get("kind") not in KINDS: out.append(f"{w}: kind {c.get('kind')}")
            if c.get("scope") not in SCOPES: out.append(f"{w}: scope {c.get('scope')}")
            if not isinstance(c.get("optional"), bool): out.append(f"{w}: optional must be true/false")
            if c.get("count") is not None and not isinstance(c["count"], int): out.append(f"{w}: count not int")
            p = c.get("place")
            if p is not None and (not isinstance(p, str) or len(p) != 2 or not p.isupper()): out.append(f"{w}: place {p}")
            for f in ("count", "trigger"):
                t = c.get(f + "_text")
                if t is None:
                    if f == "trigger" or c.get("count") is not None: out.append(f"{w}: {f}_text missing")
                    continue
                if find(s, t, c.get(f + "_occurrence", 1)) is None: out.append(f"{w}: {f}_text {t!r} not found")
    return out

def main():
    cmd = sys.argv[1]
    labels, sheet = load(sys.argv[2]), load(sys.argv[3])
    pr = problems(labels, sheet)
    if cmd == "check":
        print("\n".join(pr) or "ok"); sys.exit(1 if pr else 0)
    if pr:
        print("\n".join(pr)); sys.exit(1)
    draw, split, ann, batch, out = sys.argv[4:9]
    rows = {r[0]: r for r in (l.rstrip("\n").split("\t") for l in open(draw) if l.strip())}
    with open(out, "w") as o:
        for rid in sorted(labels):
            rid_, src, doc, a, b = rows[rid][:5]; a = int(a); b = int(b)
            s = sheet[rid]["sentence"]
            items = []
            for c in labels[rid].get("casualties", []):
                def span(f):
                    t = c.get(f + "_text")
                    if t is None: return None
                    i = find(s, t, c.get(f + "_occurrence", 1)); return [a + i, a + i + len(t)]
                items.append({"kind": c["kind"], "count": c.get("count"), "min": c.get("min"), "max": c.get("max"),
                              "approximate": bool(c.get("approximate", False)), "groups": c.get("groups") or [],
                              "scope": c["scope"], "place": c.get("place"), "count_span": span("count"),
                              "trigger_span": span("trigger"), "optional": c["optional"]})
            o.write(json.dumps({"source": src, "doc": doc, "start": a, "end": b,
                                "sha1": hashlib.sha1(s.encode("utf-8")).hexdigest()[:10], "split": split, "annotator": ann,
                                "batch": int(batch), "casualties": items}) + "\n")
    print(f"wrote {len(labels)} lines to {out}")

main()
