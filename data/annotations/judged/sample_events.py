#!/usr/bin/env python3
"""Seeded draw of N events from CLI output over news.jsonl, with context for a human judge.
Usage: sample_events.py OUTPUT.jsonl NEWS.jsonl N SEED OUT.jsonl"""
import json, random, sys
out_path, news_path, n, seed, dest = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
texts = {}
for line in open(news_path, encoding='utf-8'):
    d = json.loads(line); texts[d['id']] = d
events = []
for line in open(out_path, encoding='utf-8'):
    r = json.loads(line)
    if 'error' in r: continue
    for k, e in enumerate(r.get('events') or []):
        events.append((r['id'], k, e))
rng = random.Random(seed)
picked = rng.sample(events, min(n, len(events)))
with open(dest, 'w', encoding='utf-8') as f:
    for doc, k, e in picked:
        d = texts[doc]; t = d['text']
        s, en = e['start'], e['end']
        ctx = t[max(0, s - 400):min(len(t), en + 300)]
        f.write(json.dumps({'doc': doc, 'index': k, 'published': d.get('published'), 'title': d.get('title'),
            'event': {kk: e.get(kk) for kk in ['type', 'actors', 'targets', 'location', 'date', 'weapons', 'text']},
            'context': ctx}, ensure_ascii=False) + '\n')
print(len(events), 'events in output;', len(picked), 'drawn with seed', seed)
