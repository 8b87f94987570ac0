#!/usr/bin/env python3
"""Seeded draw of N date records from CLI output over news.jsonl, with context for a human judge.
Usage: sample_dates.py OUTPUT.jsonl NEWS.jsonl N SEED OUT.jsonl
Offsets in the output are UTF-16 code units (C# string indexes), so slicing goes through UTF-16."""
import json, random, sys
out_path, news_path, n, seed, dest = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]


def utf16_slice(text, start, end):
    units = text.encode('utf-16-le')
    return units[2 * max(0, start):2 * end].decode('utf-16-le', errors='replace')


texts = {}
for line in open(news_path, encoding='utf-8'):
    d = json.loads(line); texts[d['id']] = d
dates = []
for line in open(out_path, encoding='utf-8'):
    r = json.loads(line)
    if 'error' in r: continue
    for k, e in enumerate(r.get('dates') or []):
        dates.append((r['id'], k, e))
rng = random.Random(seed)
picked = rng.sample(dates, min(n, len(dates)))
mismatches = 0
with open(dest, 'w', encoding='utf-8') as f:
    for doc, k, e in picked:
        d = texts[doc]; t = d['text']
        s, en = e['start'], e['end']
        if utf16_slice(t, s, en) != e.get('text'): mismatches += 1
        f.write(json.dumps({'doc': doc, 'index': k, 'start': s, 'end': en, 'published': d.get('published'),
            'title': d.get('title'),
            'date': {kk: e.get(kk) for kk in ['text', 'type', 'value', 'timexType', 'timexValue', 'mod']},
            'before': utf16_slice(t, s - 200, s), 'after': utf16_slice(t, en, en + 120)},
            ensure_ascii=False) + '\n')
print(len(dates), 'date records in output;', len(picked), 'drawn with seed', seed,
      '; offset/text mismatches:', mismatches)
