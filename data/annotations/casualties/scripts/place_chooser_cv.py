"""Session 17 (cas17): cross-validates a learned place chooser against the rule policy (CasualtyPlaces.Decide).

Input: the candidate dump written by PlaceCandidateDump (NEWSNLP_PLACE_DUMP=FILE; the dump and CasualtyPlaces.Candidates are in commit 1c7aac0 of branch cas17, taken out again after it because the rules won): one line per
matched required pair of the read development splits, with every candidate country (and null as "") and its features.
A conditional logit (softmax over a count's candidates), full-batch gradient descent, L2 0.01, 200 epochs, zero start:
deterministic. Prints leave-one-split-out and article 10-fold accuracy, with and without the rule's own choice as a feature.
Standard library only. Usage: python3 place_chooser_cv.py CANDIDATES.jsonl
"""
import json, math, sys, hashlib
from collections import defaultdict
rows=[json.loads(l) for l in open(sys.argv[1])]
def feats(c, use_rule):
    f=dict(c['f'])
    if not use_rule:
        f={k:v for k,v in f.items() if not k.startswith('rule')}
    return f
def train(data, use_rule, l2=0.01, epochs=200, lr=0.5):
    w=defaultdict(float)
    for ep in range(epochs):
        g=defaultdict(float)
        for r in data:
            fs=[feats(c,use_rule) for c in r['candidates']]
            sc=[sum(w[k]*v for k,v in f.items()) for f in fs]
            m=max(sc); ex=[math.exp(s-m) for s in sc]; Z=sum(ex)
            gold=[c['code']==r['gold'] for c in r['candidates']]
            if not any(gold): continue
            for f,e,gd in zip(fs,ex,gold):
                p=e/Z; d=p-(1 if gd else 0)
                for k,v in f.items(): g[k]+=d*v
        n=len(data)
        for k in set(g)|set(w):
            w[k]-=lr*(g[k]/n + l2*w[k])
    return w
def predict(w,r,use_rule):
    best=None;bs=-1e9
    for c in r['candidates']:
        s=sum(w.get(k,0)*v for k,v in feats(c,use_rule).items())
        if s>bs+1e-12: bs=s;best=c['code']
    return best
def acc(pred,data): return sum(p==r['gold'] for p,r in zip(pred,data))
splits=sorted(set(r['split'] for r in rows), key=lambda s:int(s[3:] or 1))
for use_rule in (False,True):
    print('== features with rule choice' if use_rule else '== features without rule choice')
    # leave-split-out
    tot=0;ok=0;rk=0
    for s in splits:
        tr=[r for r in rows if r['split']!=s]; te=[r for r in rows if r['split']==s]
        w=train(tr,use_rule)
        p=[predict(w,r,use_rule) for r in te]
        a=acc(p,te); ro=sum(r['system']==r['gold'] for r in te)
        tot+=len(te); ok+=a; rk+=ro
        print(f'  leave {s}: model {a}/{len(te)} {a/len(te):.3f}  rules {ro}/{len(te)} {ro/len(te):.3f}')
    print(f'  leave-split-out all: model {ok}/{tot} {ok/tot:.3f} rules {rk}/{tot} {rk/tot:.3f}')
    # article 10-fold
    fold=lambda r:int(hashlib.sha1(r['article'].encode()).hexdigest(),16)%10
    ok=0
    for k in range(10):
        tr=[r for r in rows if fold(r)!=k]; te=[r for r in rows if fold(r)==k]
        w=train(tr,use_rule); ok+=acc([predict(w,r,use_rule) for r in te],te)
    print(f'  article 10-fold: model {ok}/{len(rows)} {ok/len(rows):.3f}')
