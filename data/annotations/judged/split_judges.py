#!/usr/bin/env python3
"""Splits a blind event draw (sample_events.py's output) between two judges: lines 1-100 to judge A, 101-200 to judge B, and a
double sample of 20 lines (random.Random(7)) that the other judge also judges, independently. Each judge's lines are shuffled
(random.Random(11) for A, 12 for B) so that neither sees the draw's order. Standard library only.
Usage: split_judges.py SAMPLE.jsonl DIR   (writes DIR/judge-a.jsonl, judge-b.jsonl, double.jsonl)"""
import json, os, random, sys


def key(line):
    r = json.loads(line)
    return r['doc'], r['index']


def main(sample_path, dest):
    rows = open(sample_path, encoding='utf-8').readlines()
    half = len(rows) // 2
    double = [rows[i] for i in sorted(random.Random(7).sample(range(len(rows)), 20))]
    twice = {key(l) for l in double}
    part_a, part_b = rows[:half], rows[half:]
    judge_a = part_a + [l for l in part_b if key(l) in twice]
    judge_b = part_b + [l for l in part_a if key(l) in twice]
    random.Random(11).shuffle(judge_a)
    random.Random(12).shuffle(judge_b)
    os.makedirs(dest, exist_ok=True)
    for name, lines in (('judge-a', judge_a), ('judge-b', judge_b), ('double', double)):
        with open(os.path.join(dest, name + '.jsonl'), 'w', encoding='utf-8') as f:
            f.writelines(lines)
    print(len(judge_a), 'lines for judge A,', len(judge_b), 'for judge B,', len(double), 'judged twice')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
