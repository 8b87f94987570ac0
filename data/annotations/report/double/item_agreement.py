#!/usr/bin/env python3
"""Usage: item_agreement.py GOLD_A GOLD_B [norm]. Item-level agreement between two article gold files: union of items aligned by a key, each
annotator's status in {absent, optional, required}; Cohen's kappa on that status and on event type."""
import json, sys
from collections import Counter
NORM = {"EC": "EU", "HK": "HONG KONG", "G-7": "G7"}
def n(x, norm): return NORM.get(x, x) if norm else x
def load(p): return {json.loads(l)['id']: json.loads(l) for l in open(p)}
def kappa(pairs):
    N = len(pairs); po = sum(a == b for a, b in pairs) / N
    ca = Counter(a for a, _ in pairs); cb = Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / N / N
    return (po - pe) / (1 - pe) if pe < 1 else 1.0, po, N
def status(it): return "optional" if it.get("optional") else "required"
def keys(doc, field, norm):
    out = Counter(); res = {}
    for it in doc[field]:
        if field == "countries": k = (n(it["code"], norm),)
        elif field == "people": k = (it["name"].split()[-1].lower(),)
        elif field == "casualties": k = (it["kind"], it["count"])
        elif field == "dates": k = (it["start"],)
        else: k = (frozenset(n(x, norm) for x in it["actors"]), frozenset(n(x, norm) for x in it["targets"]))
        if field == "events":
            # mutual acts: compare the participant set only
            if not it["targets"]: k = ("mutual", frozenset(n(x, norm) for x in it["actors"]))
        c = out[k]; out[k] += 1
        res[k + (c,)] = it
    return res
A, B = load(sys.argv[1]), load(sys.argv[2]); norm = len(sys.argv) > 3
for field in ["countries", "people", "casualties", "dates", "events"]:
    pairs = []; tpairs = []
    for i in A:
        ka, kb = keys(A[i], field, norm), keys(B[i], field, norm)
        if field == "events":
            # align by participants within type first, then by participants alone (type disagreement)
            ka = {(it["type"],) + k: it for k, it in ka.items()}; kb = {(it["type"],) + k: it for k, it in kb.items()}
            left_a = {k: v for k, v in ka.items() if k not in kb}; left_b = {k: v for k, v in kb.items() if k not in ka}
            for k in set(ka) & set(kb):
                pairs.append((status(ka[k]), status(kb[k]))); tpairs.append((k[0], k[0]))
            used = set()
            for k, v in left_a.items():
                m = next((kk for kk in left_b if kk[1:] == k[1:] and kk not in used), None)
                if m: used.add(m); pairs.append((status(v), status(left_b[m]))); tpairs.append((k[0], m[0]))
                else: pairs.append((status(v), "absent"))
            for k, v in left_b.items():
                if k not in used: pairs.append(("absent", status(v)))
        else:
            for k in set(ka) | set(kb):
                pairs.append((status(ka[k]) if k in ka else "absent", status(kb[k]) if k in kb else "absent"))
    if not pairs: continue
    k, po, N = kappa(pairs)
    line = f"{field:<11} items {N:>4}  identical status {po:.3f}  kappa(absent/optional/required) {k:.3f}"
    if field == "events" and tpairs:
        kt, pt, nt = kappa(tpairs); line += f"  | type on {nt} aligned: agree {pt:.3f} kappa {kt:.3f}"
    print(line)
    if field == "events":
        print("   status confusion (A,B):", dict(Counter(pairs)))
