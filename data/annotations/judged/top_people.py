#!/usr/bin/env python3
"""The N most frequent person names (by number of articles) in CLI output, each with its most common
country and title and up to 3 example contexts. Usage: top_people.py OUTPUT.jsonl NEWS.jsonl N OUT.jsonl"""
import json, sys, collections
out_path, news_path, n, dest = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
texts = {json.loads(l)['id']: json.loads(l) for l in open(news_path, encoding='utf-8')}
count = collections.Counter(); countries = collections.defaultdict(collections.Counter); titles = collections.defaultdict(collections.Counter); examples = collections.defaultdict(list)
for line in open(out_path, encoding='utf-8'):
    r = json.loads(line)
    if 'error' in r: continue
    for p in r.get('people') or []:
        name = p['name']; count[name] += 1
        countries[name][p.get('country')] += 1; titles[name][p.get('title')] += 1
        if len(examples[name]) < 3 and p.get('mentions'):
            m = p['mentions'][0]; t = texts[r['id']]['text']
            examples[name].append({'doc': r['id'], 'country': p.get('country'), 'title': p.get('title'), 'context': t[max(0, m['start'] - 250):m['end'] + 250]})
with open(dest, 'w', encoding='utf-8') as f:
    for rank, (name, c) in enumerate(count.most_common(n), 1):
        f.write(json.dumps({'rank': rank, 'name': name, 'articles': c, 'countries': dict(countries[name].most_common()), 'titles': dict(titles[name].most_common(3)), 'examples': examples[name]}, ensure_ascii=False) + '\n')
print('distinct names', len(count))
