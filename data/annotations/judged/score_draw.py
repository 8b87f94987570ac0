#!/usr/bin/env python3
"""Aggregates of a blind event draw: share of real events, right type, right type with actors and targets ("optional" counted
right / wrong), the date of real events, the split by what the event models learned from the article, per type, the judges'
agreement on the double sample, and Wilson 95% intervals; with --pool, right type over the distinct events of several draws of
(nearly) the same output, each event counted once with the verdict of the first file that has it.

Exposure comes from the files training reads: the articles `retrain-events.sh` keeps out of every event model (its
`exclude=` line: report splits and two blind draws), the articles of the event corpus (`data/annotations/events/ann-evt*.jsonl`)
and of the judged files the verifier trains on (`src/NewsNlp/Resources/Models/README.md`), and the articles of the old sentence
classifier's data (`../shared/data/events/sentences.jsonl`). Standard library only; run from the repository root.
Usage: score_draw.py JUDGED.jsonl DOUBLE.jsonl [--pool OTHER_JUDGED.jsonl ...]"""
import collections, glob, json, math, re, sys

SCRIPT = 'src/NewsNlp.Training/scripts/retrain-events.sh'
MODELS = 'src/NewsNlp/Resources/Models/README.md'


def rows(path):
    return [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]


def words(path):
    return set(open(path, encoding='utf-8').read().split())


def exposure_sets():
    line = next(l for l in open(SCRIPT) if l.startswith('exclude='))
    excluded = set()
    for path in re.findall(r'data/annotations/\S+\.(?:md|txt)', line):
        excluded |= words(path)
    corpus = {r['doc'] for f in glob.glob('data/annotations/events/ann-evt*.jsonl') for r in rows(f)}
    text = open(MODELS).read()
    block = text[text.find('train-event-verifier'):]
    block = block[:block.find('--data')] if '--data' in block else block
    judged = {r['doc'] for f in sorted(set(re.findall(r'data/annotations/judged/events-[^ `]*\.jsonl', block))) for r in rows(f)}
    try:
        classifier = {r['article_id'] for r in rows('../shared/data/events/sentences.jsonl')}
    except FileNotFoundError:
        classifier = set()
    return excluded, corpus | judged, classifier


def wilson(k, n, z=1.96):
    p = k / n
    d = 1 + z * z / n
    c = p + z * z / (2 * n)
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (c - h) / d, (c + h) / d


def row(label, rs):
    n = len(rs)
    real_t = sum(r['event_ok'] is True for r in rs)
    real_o = sum(r['event_ok'] == 'optional' for r in rs)
    ty = sum(r['type_ok'] is True for r in rs)
    ty_t = sum(r['type_ok'] is True and r['event_ok'] is True for r in rs)
    al = sum(r['type_ok'] is True and r['actors_ok'] is True and r['targets_ok'] is True for r in rs)
    al_t = sum(r['event_ok'] is True and r['type_ok'] is True and r['actors_ok'] is True and r['targets_ok'] is True for r in rs)
    lo, hi = wilson(ty, n)
    print(f'| {label} | {n} | {(real_t + real_o) / n:.3f} / {real_t / n:.3f} | {ty / n:.3f} ({lo:.2f}-{hi:.2f}) / {ty_t / n:.3f} '
          f'| {al / n:.3f} / {al_t / n:.3f} |')


def kappa(pairs):
    n = len(pairs)
    po = sum(a == b for a, b in pairs) / n
    ca = collections.Counter(a for a, _ in pairs)
    cb = collections.Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / n / n
    return po, (po - pe) / (1 - pe) if pe < 1 else 1.0


def main(argv):
    judged, double = rows(argv[0]), rows(argv[1])
    pool = argv[argv.index('--pool') + 1:] if '--pool' in argv else []
    excluded, trained, classifier = exposure_sets()

    def exposure(doc):
        if doc in excluded:
            return 'kept out of every event model'
        if doc in trained:
            return 'trained on (corpus or judged)'
        return 'sentence classifier only' if doc in classifier else 'never trained'

    print('| events | n | real event ("optional" right / wrong) | right type (Wilson 95%) / "optional" wrong | '
          'type, actors, targets |')
    print('|---|---:|---|---|---|')
    row('all', judged)
    groups = collections.defaultdict(list)
    for r in judged:
        groups[exposure(r['doc'])].append(r)
    for name, rs in sorted(groups.items()):
        row(name, rs)
    row('kept out or never trained', [r for r in judged if exposure(r['doc']) in ('kept out of every event model', 'never trained')])
    by_type = collections.defaultdict(list)
    for r in judged:
        by_type[r['type']].append(r)
    for name, rs in sorted(by_type.items(), key=lambda x: -len(x[1])):
        row('type ' + name, rs)
    real = [r for r in judged if r['event_ok'] is not False]
    print(f'date right, of the {len(real)} real events: {sum(r["date_ok"] is True for r in real) / len(real):.3f}')

    first = {(r['doc'], r['index']): r for r in judged}
    pairs = [(first[(d['doc'], d['index'])], d) for d in double]
    cat = lambda r: 'false' if r['event_ok'] is False else ('optional' if r['event_ok'] == 'optional' else 'true')
    print('double sample: %d; event_ok three-way agreement %.3f, kappa %.3f' % ((len(pairs),) + kappa([(cat(a), cat(b)) for a, b in pairs])))
    print('real or optional against false: agreement %.3f, kappa %.3f' % kappa([(cat(a) != 'false', cat(b) != 'false') for a, b in pairs]))
    both = [(a, b) for a, b in pairs if a['event_ok'] is not False and b['event_ok'] is not False]
    for field in ('type_ok', 'actors_ok', 'targets_ok'):
        print(f'{field}: {sum(a[field] == b[field] for a, b in both)} of {len(both)} both call real')

    if pool:
        event = lambda r: (r['doc'], r['type'], tuple(r['actors']), tuple(r['targets']))
        seen, merged = set(), []
        for rs in [judged] + [rows(p) for p in pool]:
            for r in rs:
                if event(r) not in seen:
                    seen.add(event(r))
                    merged.append(r)
        k, n = sum(r['type_ok'] is True for r in merged), len(merged)
        lo, hi = wilson(k, n)
        al = sum(r['type_ok'] is True and r['actors_ok'] is True and r['targets_ok'] is True for r in merged) / n
        print(f'pooled over {n} distinct events: right type {k / n:.3f} (Wilson {lo:.2f}-{hi:.2f}), all right {al:.3f}')


if __name__ == '__main__':
    main(sys.argv[1:])
