#!/usr/bin/env python3
"""Agreement of two casualty label files on their common sentences: required items matched by (kind, count) per sentence
(one-to-one), F1; sentences whose (kind, count, optional) multisets are identical; place on matched required items."""
import json, sys
from collections import Counter
A = {(j["doc"], j["start"]): j for j in map(json.loads, open(sys.argv[1]))}
B = {(j["doc"], j["start"]): j for j in map(json.loads, open(sys.argv[2]))}
keys = [k for k in B if k in A]
tp = fa = fb = same = pl = plok = 0
for k in keys:
    ra = [c for c in A[k]["casualties"] if not c["optional"]]
    rb = [c for c in B[k]["casualties"] if not c["optional"]]
    left = list(rb)
    for c in ra:
        m = next((d for d in left if d["kind"] == c["kind"] and d["count"] == c["count"]), None)
        if m:
            tp += 1; left.remove(m); pl += 1; plok += c["place"] == m["place"]
        else:
            fa += 1
    fb += len(left)
    sig = lambda j: Counter((c["kind"], c["count"], c["optional"]) for c in j["casualties"])
    same += sig(A[k]) == sig(B[k])
f1 = 2 * tp / (2 * tp + fa + fb) if tp + fa + fb else 1.0
print(f"sentences {len(keys)}; required matched {tp}, only first {fa}, only second {fb}, F1 {f1:.3f}; identical {same}/{len(keys)}; place {plok}/{pl}")
