#!/usr/bin/env python3
"""Seeded draw of N casualty records from CLI output over news.jsonl, with context for a human judge.
Usage: sample_casualties.py OUTPUT.jsonl NEWS.jsonl N SEED OUT.jsonl"""
import json, sys
from draw import load_articles, gather, draw, utf16_slice
out_path, news_path, n, seed, dest = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
articles = load_articles(news_path)
casualties = gather(out_path, 'casualties', articles)
picked = draw(casualties, n, seed)
fields = ['kind', 'count', 'min', 'max', 'approximate', 'groups', 'attribution', 'scope', 'country', 'text', 'start', 'end']
with open(dest, 'w', encoding='utf-8') as f:
    for doc, k, c in picked:
        d = articles[doc]; t = d['text']
        s, en = c['start'], c['end']
        f.write(json.dumps({'doc': doc, 'index': k, 'published': d.get('published'), 'title': d.get('title'),
            'casualty': {kk: c.get(kk) for kk in fields},
            'context': utf16_slice(t, s - 400, s) + '[[' + utf16_slice(t, s, en) + ']]' + utf16_slice(t, en, en + 300)},
            ensure_ascii=False) + '\n')
print(len(casualties), 'casualty records in output;', len(picked), 'drawn with seed', seed)
