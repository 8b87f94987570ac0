#!/usr/bin/env python3
"""Keep the records of OUTPUT whose id is in GOLD, in GOLD's order.
Usage: select_ids.py OUTPUT.jsonl GOLD.jsonl DEST.jsonl"""
import json, sys
out, gold, dest = sys.argv[1:4]
records = {}
for line in open(out, encoding='utf-8'):
    records[json.loads(line)['id']] = line
with open(dest, 'w', encoding='utf-8') as f:
    for line in open(gold, encoding='utf-8'):
        key = json.loads(line)['id']
        if key in records:
            f.write(records[key])
