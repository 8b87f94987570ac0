# Reproduces the draw of headlines.jsonl (seed 20261207). It writes titles.jsonl WITH the source titles: keep that file out of the repository.
# Seeded draw of AG News "World" titles (agnews_world.jsonl) as headline-only items for event annotation.
import json, random, re, hashlib
recs=[json.loads(l) for l in open(__import__('sys').argv[1] if len(__import__('sys').argv) > 1 else '../../../../shared/data/news-events/agnews_world.jsonl')]
seen=set(); uniq=[]
for r in recs:
    t=(r.get('title') or '').strip()
    k=re.sub(r'\s+',' ',t).lower()
    if not t or k in seen: continue
    seen.add(k); uniq.append(r)
kw=re.compile(r"\b(attack|kill|strike|struck|bomb|blast|clash|fight|shell|raid|air ?strike|missile|rocket|troops|rebels|militants|insurgents|ceasefire|truce|talks|meet|summit|agree|deal|accord|accuse|blame|condemn|warn|threat|urge|call[s]? on|appeal|mediat|envoy|ambassador|sanction|expel|recall|deploy|mobiliz|withdraw|pull out|invade|offensive|ambush|gunmen|suicide)\w*", re.I)
rng=random.Random(20261207)
order=uniq[:]; rng.shuffle(order)
random_pick=order[:180]
rest=[r for r in order[180:] if kw.search(r['title'])]
enriched=rest[:180]
out=[]
for pool,rs in (('random',random_pick),('keyword',enriched)):
    for r in rs:
        h=hashlib.sha1(('head10:'+r['id']).encode()).digest()[0]
        out.append({'id':r['id'],'pool':pool,'split':'dev' if h%2==0 else 'report','title':r['title']})
rng2=random.Random(7)
dbl=set(x['id'] for x in rng2.sample(out,36))
for x in out: x['double']=x['id'] in dbl
with open('titles.jsonl','w') as f:
    for x in out: f.write(json.dumps(x)+'\n')
import collections
print(len(uniq), len(out), collections.Counter((x['pool'],x['split']) for x in out), sum(x['double'] for x in out))
