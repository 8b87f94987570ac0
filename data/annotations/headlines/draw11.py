# Reproduces the draw of headlines11.jsonl (session 11, seed 20261211). It writes titles11.jsonl WITH the source titles: keep that
# file out of the repository. Usage: python3 draw11.py [AGNEWS_WORLD_JSONL]   (standard library only)
# The 360 titles of headlines.jsonl are left out, and so is every title with an explosion or bomb word: their system output had been
# read while the headline rules of session 11 were written, so they could not stay unseen.
import json, random, re, hashlib, os, sys, collections
here = os.path.dirname(os.path.abspath(__file__))
recs = [json.loads(l) for l in open(sys.argv[1] if len(sys.argv) > 1 else '../../../../shared/data/news-events/agnews_world.jsonl')]
byid = {r['id']: r for r in recs}
used = {json.loads(l)['doc'] for l in open(os.path.join(here, 'headlines.jsonl'))}
norm = lambda t: re.sub(r'\s+', ' ', t).lower().strip()
seen = {norm(byid[d]['title']) for d in used}
shown = re.compile(r'\b(blast|blasts|explosion|explosions|bombings?|bombs?|bomber|bombers)\b', re.I)
uniq = []
for r in recs:
    t = (r.get('title') or '').strip(); k = norm(t)
    if not t or k in seen or r['id'] in used or shown.search(t):
        continue
    seen.add(k); uniq.append(r)
kw = re.compile(r"\b(attack|kill|strike|struck|bomb|blast|clash|fight|shell|raid|air ?strike|missile|rocket|troops|rebels|militants|insurgents|ceasefire|truce|talks|meet|summit|agree|deal|accord|accuse|blame|condemn|warn|threat|urge|call[s]? on|appeal|mediat|envoy|ambassador|sanction|expel|recall|deploy|mobiliz|withdraw|pull out|invade|offensive|ambush|gunmen|suicide)\w*", re.I)
rng = random.Random(20261211)
order = uniq[:]; rng.shuffle(order)
keyword = [r for r in order if kw.search(r['title'])][:200]
ids = {r['id'] for r in keyword}
rand = [r for r in order if r['id'] not in ids][:100]
out = []
for pool, rs in (('keyword', keyword), ('random', rand)):
    for r in rs:
        h = hashlib.sha1(('head11:' + r['id']).encode()).digest()[0]
        out.append({'id': r['id'], 'pool': pool, 'split': 'dev2' if h % 2 == 0 else 'report2', 'title': r['title']})
random.Random(11).shuffle(out)
double = {x['id'] for x in random.Random(12).sample(out, 30)}
with open('titles11.jsonl', 'w') as f:
    for n, x in enumerate(out, 1):
        f.write(json.dumps(dict(x, n=n, double=x['id'] in double)) + '\n')
print(len(uniq), len(out), collections.Counter((x['pool'], x['split']) for x in out))
