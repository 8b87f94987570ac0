#!/usr/bin/env python3
"""Blind recall check for dates.
Usage: recall_dates.py draw NEWS.jsonl N SEED      -> ids of N articles (>= 200 chars of text), file order
       recall_dates.py score LABELS.jsonl OUTPUT.jsonl
LABELS rows: {doc, start, end, value, optional, pass}; offsets are UTF-16 code units like the output's;
only pass 1 is scored (pass 2 rows are the repeat labels for the agreement check)."""
import json, random, sys


def draw(news_path, n, seed):
    ids = [d['id'] for d in map(json.loads, open(news_path, encoding='utf-8')) if len(d.get('text') or '') >= 200]
    return random.Random(seed).sample(ids, n)


PART_OF_DAY = ('TMO', 'TAF', 'TEV', 'TNI', 'TDT')


def day_value(value):
    """A part of day keeps the day's value (guidelines), so '1987-03-24TNI' equals '1987-03-24'."""
    if value and value.endswith(PART_OF_DAY): return value[:-3]
    return value


def score(labels_path, out_path):
    labels = [json.loads(l) for l in open(labels_path, encoding='utf-8')]
    gold = [l for l in labels if l.get('pass', 1) == 1]
    docs = {l['doc'] for l in gold}
    out = {}
    for line in open(out_path, encoding='utf-8'):
        r = json.loads(line)
        if r['id'] in docs: out[r['id']] = r.get('dates') or []
    req = [l for l in gold if not l['optional']]
    exact = lambda l: [p for p in out[l['doc']] if p['start'] == l['start'] and p['end'] == l['end']]
    overlaps = lambda l, p: p['start'] < l['end'] and l['start'] < p['end']
    span = sum(bool(exact(l)) for l in req)
    val = sum(any(day_value(p.get('value')) == day_value(l['value']) for p in exact(l)) for l in req)
    overlap = sum(any(overlaps(l, p) for p in out[l['doc']]) for l in req)
    extra = sum(not any(overlaps(l, p) for l in gold if l['doc'] == d) for d, ps in out.items() for p in ps)
    print(json.dumps({'articles': len(out), 'required': len(req), 'optional': len(gold) - len(req),
                      'span_exact': span, 'span_overlap': overlap, 'span_and_value': val,
                      'system_dates': sum(map(len, out.values())), 'extra_no_overlap': extra}))


if __name__ == '__main__':
    if sys.argv[1] == 'draw':
        print('\n'.join(draw(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))))
    else:
        score(sys.argv[2], sys.argv[3])
