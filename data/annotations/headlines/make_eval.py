# Builds the headline evaluation from the shared data: for each split, OUT/<split>.input.jsonl (one item per headline, its text
# the AG News title alone, no publication date) and OUT/<split>.gold.jsonl (the labels of headlines.jsonl and headlines11.jsonl in
# score.py's format; splits dev, report, dev2, report2).
# Usage: python3 make_eval.py AGNEWS_WORLD_JSONL OUT_DIR   (standard library only)
import json, os, sys

source, out = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
titles = {}
for line in open(source, encoding='utf-8'):
    record = json.loads(line)
    titles[record['id']] = record['title']
os.makedirs(out, exist_ok=True)
files = {}
lines = [line for name in ('headlines.jsonl', 'headlines11.jsonl') for line in open(os.path.join(here, name), encoding='utf-8')]
for line in lines:
    item = json.loads(line)
    split = item['split']
    if split not in files:
        files[split] = (open(os.path.join(out, split + '.input.jsonl'), 'w', encoding='utf-8'),
                        open(os.path.join(out, split + '.gold.jsonl'), 'w', encoding='utf-8'))
    inputs, gold = files[split]
    inputs.write(json.dumps({'id': item['doc'], 'text': titles[item['doc']]}) + '\n')
    events = [dict(e, date=None) for e in item['events']]
    gold.write(json.dumps({'id': item['doc'], 'events': events}) + '\n')
for inputs, gold in files.values():
    inputs.close()
    gold.close()
