"""Shared by the sample_*.py draws: load the news (held-out records skipped), gather one kind of
record from CLI output, draw a seeded sample, and slice text by the output's offsets."""
import json
import random

HELD_OUT = ('wikinews_2019.csv', 'wikinews_2020.csv')


def load_articles(news_path):
    """id -> news record, without the held-out Wikinews 2019/2020 CSV records."""
    articles = {}
    for line in open(news_path, encoding='utf-8'):
        r = json.loads(line)
        if not any(h in str(r.get('source', '')) for h in HELD_OUT):
            articles[r['id']] = r
    return articles


def gather(out_path, field, articles):
    """(doc, index, item) for every item of `field` in the CLI output, in file order; error records
    and documents not in `articles` are skipped."""
    pool = []
    for line in open(out_path, encoding='utf-8'):
        r = json.loads(line)
        if 'error' in r or r['id'] not in articles:
            continue
        for k, item in enumerate(r.get(field) or []):
            pool.append((r['id'], k, item))
    return pool


def draw(pool, n, seed):
    """random.Random(seed).sample over the pool in file order."""
    return random.Random(seed).sample(pool, min(n, len(pool)))


def utf16_slice(text, start, end):
    """The output's offsets are UTF-16 code units (C# string indexes)."""
    units = text.encode('utf-16-le')
    return units[2 * max(0, start):2 * max(0, end)].decode('utf-16-le', errors='replace')
