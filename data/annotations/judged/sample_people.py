#!/usr/bin/env python3
"""Seeded sample of person records from CLI output, for judging by hand.
Usage: sample_people.py OUTPUT.jsonl NEWS.jsonl N SEED OUT.jsonl
Draws random.Random(SEED).sample over all person records in file order (records of held-out
sources are never in OUTPUT when NEWS has none); writes doc, index, name, title, country and a
context (for the judge's eyes only: the committed judgement file keeps no text)."""
import json, sys
from draw import load_articles, gather, draw, utf16_slice
out_path, news_path, n, seed, dest = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
articles = load_articles(news_path)
pool = gather(out_path, 'people', articles)
with open(dest, 'w', encoding='utf-8') as f:
    for doc, i, p in draw(pool, n, seed):
        t = articles[doc]['text']
        ctx = [utf16_slice(t, m['start'] - 200, m['end'] + 120) for m in p['mentions'][:2]]
        f.write(json.dumps({'doc': doc, 'index': i, 'name': p['name'], 'title': p.get('title'), 'country': p.get('country'), 'mentions': len(p['mentions']), 'context': ctx}, ensure_ascii=False) + '\n')
print('person records', len(pool))
