#!/usr/bin/env python3
"""Seeded draw of N date records from CLI output over news.jsonl, with context for a human judge.
Usage: sample_dates.py OUTPUT.jsonl NEWS.jsonl N SEED OUT.jsonl
Offsets in the output are UTF-16 code units (C# string indexes), so slicing goes through UTF-16."""
import json, sys
from draw import load_articles, gather, draw, utf16_slice
out_path, news_path, n, seed, dest = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
texts = load_articles(news_path)
dates = gather(out_path, 'dates', texts)
picked = draw(dates, n, seed)
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
