#!/usr/bin/env python3
"""Seeded draw of N events from CLI output over news.jsonl, with context for a human judge.
Usage: sample_events.py OUTPUT.jsonl NEWS.jsonl N SEED OUT.jsonl"""
import json, sys
from draw import load_articles, gather, draw, utf16_slice
out_path, news_path, n, seed, dest = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
articles = load_articles(news_path)
events = gather(out_path, 'events', articles)
picked = draw(events, n, seed)
with open(dest, 'w', encoding='utf-8') as f:
    for doc, k, e in picked:
        d = articles[doc]; t = d['text']
        s, en = e['start'], e['end']
        f.write(json.dumps({'doc': doc, 'index': k, 'published': d.get('published'), 'title': d.get('title'),
            'event': {kk: e.get(kk) for kk in ['type', 'actors', 'targets', 'location', 'date', 'weapons', 'text']},
            'context': utf16_slice(t, s - 400, en + 300)}, ensure_ascii=False) + '\n')
print(len(events), 'events in output;', len(picked), 'drawn with seed', seed)
