#!/usr/bin/env python3
"""Precision of a new output from the judged draw of the old one (judge7, seed 20261213, old = 700fdca).
Usage: survivors.py NEW_ALL.jsonl OLD_ALL.jsonl [JUDGED.jsonl]
An old event survives when the new record of its article has an event of the same type whose evidence
starts at the same offset. Precision of the new output = survivors' judged precision, mixed with the
added events (those not in the old output) at their share, whose precision must be judged apart."""
import json, sys, math
old = {json.loads(l)['id']: json.loads(l) for l in open(sys.argv[2])}
new = {json.loads(l)['id']: json.loads(l) for l in open(sys.argv[1])}
judged = [json.loads(l) for l in open(sys.argv[3] if len(sys.argv) > 3 else 'data/annotations/judged/events-200-700fdca.jsonl')]
def key(e): return (e['type'], e['start'])
def survives(doc, e): return any(key(x) == key(e) for x in new.get(doc, {}).get('events', []))
def newmatch(doc, e): return next((x for x in new.get(doc, {}).get('events', []) if key(x) == key(e)), None)
n_old = sum(len(r['events']) for r in old.values()); n_new = sum(len(r['events']) for r in new.values())
surv_all = sum(survives(d, e) for d, r in old.items() for e in r['events'])
added = [(d, e) for d, r in new.items() for e in r['events'] if not any(key(x) == key(e) for x in old.get(d, {}).get('events', []))]
print(f'events old {n_old}, new {n_new}; old events surviving {surv_all}; added {len(added)}')
rows = []
for j in judged:
    e = old[j['doc']]['events'][j['index']]
    assert e['type'] == j['type']
    m = newmatch(j['doc'], e)
    rows.append((j, m))
s = [(j, m) for j, m in rows if m is not None]
print(f'draw: {len(rows)} judged, {len(s)} survive, {len(rows)-len(s)} removed')
def ok(j, opt, full=False, m=None):
    t = j['type_ok'] and (opt or j['event_ok'] is True)
    if full:
        same = m is not None and m['actors'] == j['actors'] and m['targets'] == j['targets']
        t = t and same and j['actors_ok'] is not False and j['targets_ok'] is not False
    return bool(t)
for opt in (True, False):
    lab = 'optional right' if opt else 'optional wrong'
    for name, full in (('right type', False), ('type+roles (unchanged roles only)', True)):
        before = sum(ok(j, opt, full, old[j['doc']]['events'][j['index']]) for j, _ in rows) / len(rows)
        after = sum(ok(j, opt, full, m) for j, m in s) / max(1, len(s))
        se = math.sqrt(after * (1 - after) / max(1, len(s)))
        print(f'{lab:15s} {name:34s} old {before:.3f}  survivors {after:.3f} ± {se:.3f}')
removed = [j for j, m in rows if m is None]
print('removed: right type (opt right)', sum(ok(j, True) for j in removed), 'of', len(removed))
changed = [(j, m) for j, m in s if m['actors'] != j['actors'] or m['targets'] != j['targets']]
print('survivors with changed roles', len(changed))
print('added (doc, type, start):', json.dumps([[d, e['type'], e['start']] for d, e in added]))
