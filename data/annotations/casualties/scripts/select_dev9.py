#!/usr/bin/env python3
"""Draws batch 12 (split dev9) of the casualty development set: a fresh blind sample of about 100
sentences: about 45 likely (a casualty word, all four sources; news is nearly exhausted), about 35
targeted at the weak cells (arrested, kidnapped, killed in long MUC-4 sentences, national totals,
displaced, executions/massacres, toll updates, joined kinds such as "dead or wounded") and about 20 hard
negatives. A copy of select_dev8.py with seed 12019; same records, splitter, count test, dedup and
exclusions, at most 2 sentences per article. Standard library only, seeded (random.Random(12019)).

Run from the repository root:  python3 data/annotations/casualties/scripts/select_dev9.py OUT.tsv (before batch 12 was appended: the script excludes every doc already in casualties.jsonl)
Writes one line per sentence: id, source, doc, start, end, pool, pattern (no text), and OUT.tsv.double:
the ten ids of the double sample.

Exclusions, as the README lists them: every (source, doc) already in casualties.jsonl; every doc of
data/annotations/report/ (ids.txt and the gold files); the held-out Wikinews 2019/2020 CSV records;
news articles whose text duplicates one of ../shared/articles/dev30.jsonl; the ids of
/work/notes/noread-ids.txt (when present)."""
import json, os, random, re, sys

SEED = 12019
SHARED = "../shared"
SOURCES = {"news": f"{SHARED}/data/news/news.jsonl",
           "muc4": f"{SHARED}/data/news-events/muc4.jsonl",
           "agnews_world": f"{SHARED}/data/news-events/agnews_world.jsonl",
           "wikitimes_cep": f"{SHARED}/data/news-events/wikitimes_cep.jsonl"}
HERE = "data/annotations/casualties"

NUMWORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
            r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
            r"hundreds?|thousands?|millions?|dozens?|scores")
MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)s?\b")
DATE1 = re.compile(rf"\b({MONTHS})\.?\s+\d{{1,2}}\b", re.I)
DATE2 = re.compile(rf"\b\d{{1,2}}\s+({MONTHS})\b", re.I)
CLOCK = re.compile(r"\b\d{1,2}[:.]\d\d\b|\b\d{3,4}\s*(?:GMT|HOURS?)\b|\b\d{1,2}\s*(?:a\.?m|p\.?m)\b", re.I)
COUNT = re.compile(rf"\b\d[\d,]*\b|\b({NUMWORDS})\b", re.I)

CASWORD = re.compile(r"\b(kill\w*|dead|deaths?|died|die|toll|wound\w*|injur\w*|hurt|missing|kidnap\w*|"
                     r"abduct\w*|hostages?|captive\w*|arrest\w*|detain\w*|detention|captur\w*|displaced|fled|"
                     r"refugees?|homeless|evacuat\w*|execut\w*|massacr\w*|casualt\w*|bodies|perish\w*|murder\w*|"
                     r"slain|assassinat\w*|drown\w*|lives|victims?|jailed|imprison\w*|rounded up|seized)\b", re.I)
NOTCAS = re.compile(r"dead ?weight|toll road|deadline", re.I)
TARGETS = [  # (name, pattern), first match wins; the four dev9 cells first (they are rarer)
    ("joined", re.compile(r"\b(dead|killed|deaths?)\s+(?:or|and|and/or)\s+(wounded|injured|missing|hurt)\b|"
                          r"\b(wounded|injured|hurt)\s+(?:or|and|and/or)\s+(killed|dead)\b|\bcasualties\b", re.I)),
    ("toll-update", re.compile(r"\b(death toll|toll|rose to|risen to|climbed to|has risen|has climbed|"
                               r"raising the|bringing the|brought the|number of (?:dead|deaths|victims)|"
                               r"updated|revised)\b", re.I)),
    ("displaced", re.compile(r"\b(displaced|fled|refugees?|homeless|evacuat\w*|uprooted|forced from)\b", re.I)),
    ("executions", re.compile(r"\b(execut(?:ed|es|ing|ions?)|massacr\w*|firing squad|hanged|beheaded|"
                              r"lynched)\b", re.I)),  # not "executive"
    ("arrested", re.compile(r"\b(arrest\w*|detain\w*|detention|jailed|imprison\w*|rounded up|in custody|"
                            r"apprehend\w*|captured)\b", re.I)),
    ("kidnapped", re.compile(r"\b(kidnap\w*|abduct\w*|hostages?|captives?|seized|held captive)\b", re.I)),
    ("national", re.compile(r"\b(since|so far this year|in the past|years of|a total of|nationwide|"
                            r"throughout the country|this year|last year|in recent (?:years|months)|"
                            r"over the past|during the past|to date)\b", re.I)),
    ("killed-long", None),  # a killed word in a sentence over 250 characters (muc4)
]
KILLED = re.compile(r"\b(kill\w*|dead|died|murder\w*|massacr\w*|assassinat\w*|slain|bodies|death toll)\b", re.I)
NEGATIVES = [
    ("money", re.compile(r"(\$|\bdlrs\b|\bdollars?\b|\bpesos?\b|\bcents?\b|\byen\b|\bmarks\b|\bstg\b|\bpounds\b)", re.I)),
    ("tons", re.compile(r"\b(tons?|tonnes?|barrels?|bushels?)\b", re.I)),
    ("votes", re.compile(r"\b(votes?|seats?|ballots?)\b", re.I)),
    ("ages", re.compile(r"\b(aged|years? old|-year-old)\b", re.I)),
    ("sports", re.compile(r"\b(goals?|scored|points|match|innings|wickets?)\b", re.I)),
    ("percent", re.compile(r"(%|\bpercent\b|\bpct\b)", re.I)),
    ("shares", re.compile(r"\b(shares?|stock)\b", re.I)),
    ("people-like", re.compile(r"\b(families|members|troops|workers|employees|soldiers|people|persons)\b", re.I)),
]
ABBR = {"mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "maj", "gov", "sen", "rep", "jr", "sr",
        "inc", "co", "corp", "ltd", "no", "vs", "u.s", "u.n", "jan", "feb", "mar", "apr", "aug", "sep", "sept",
        "oct", "nov", "dec", "rev", "prof", "mt", "ft"}


def sentences(text):
    """Paragraphs, then .!? + space before a capital, digit or quote, except after abbreviations and single letters."""
    pos = 0
    for para in text.split("\n"):
        start = pos
        i = 0
        s0 = 0
        for m in re.finditer(r"[.!?][\"')]?\s+(?=[A-Z0-9\"'])", para):
            end = m.start() + 1
            word = re.search(r"([\w.]+)$", para[s0:end - 1])
            w = word.group(1).lower() if word else ""
            if w in ABBR or (len(w) == 1 and w.isalpha()):
                continue
            seg_end = m.end()
            yield from trim(text, start + s0, start + seg_end)
            s0 = seg_end
        yield from trim(text, start + s0, start + len(para))
        pos += len(para) + 1


def trim(text, a, b):
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if 20 <= b - a <= 600:
        yield a, b


def has_count(s):
    masked = YEAR.sub(" ", s)
    masked = DATE1.sub(" ", masked)
    masked = DATE2.sub(" ", masked)
    masked = CLOCK.sub(" ", masked)
    return COUNT.search(masked) is not None


def norm(s):
    return " ".join(s.split()).casefold()


def main(out):
    rnd = random.Random(SEED)
    used_docs, used_text = set(), set()
    for line in open(f"{HERE}/casualties.jsonl"):
        r = json.loads(line)
        if r["split"] != "dev9":
            # Batches 1-11 only, so that the draw reproduces after dev9 itself was appended.
            used_docs.add((r["source"], r["doc"]))
    report_docs = set()
    rep = "data/annotations/report"
    for line in open(f"{rep}/ids.txt"):
        parts = line.split()
        if len(parts) >= 2:
            report_docs.add(parts[1])
    for fn in os.listdir(rep):
        if fn.endswith(".jsonl"):
            for line in open(f"{rep}/{fn}"):
                report_docs.add(json.loads(line)["id"])
    noread = set()
    if os.path.exists("/work/notes/noread-ids.txt"):
        noread = {l.strip() for l in open("/work/notes/noread-ids.txt") if l.strip()}
    dev30 = {norm(json.loads(l)["text"]) for l in open(f"{SHARED}/articles/dev30.jsonl")}

    cands = {}  # (source, pool, pattern) -> list
    seen = set()
    for src, path in SOURCES.items():
        for line in open(path):
            r = json.loads(line)
            doc = r["id"]
            if (src, doc) in used_docs or doc in report_docs or doc in noread:
                continue
            srcfield = r.get("source") or ""
            if "wikinews_2019.csv" in srcfield or "wikinews_2020.csv" in srcfield:
                continue
            text = r["text"]
            if src == "news" and norm(text) in dev30:
                continue
            for a, b in sentences(text):
                s = text[a:b]
                if not has_count(s):
                    continue
                key = norm(s)
                if key in seen:
                    continue
                seen.add(key)
                if CASWORD.search(s) and not NOTCAS.search(s):
                    pattern = None
                    for name, rx in TARGETS:
                        if rx is None:
                            if KILLED.search(s) and len(s) > 250:
                                pattern = name
                                break
                        elif rx.search(s):
                            pattern = name
                            break
                    cands.setdefault((src, "targeted" if pattern else "likely", pattern or "-"), []).append((doc, a, b))
                elif not CASWORD.search(s):
                    for name, rx in NEGATIVES:
                        if rx.search(s):
                            cands.setdefault((src, "negative", name), []).append((doc, a, b))
                            break

    for k in sorted(cands):
        rnd.shuffle(cands[k])
    per_doc = {}
    picked = []

    def take(src, pool, pattern, n):
        got = 0
        for doc, a, b in cands.get((src, pool, pattern), []):
            if got >= n:
                break
            if per_doc.get((src, doc), 0) >= 2 or any(p[1] == src and p[2] == doc and p[3] == a for p in picked):
                continue
            per_doc[(src, doc)] = per_doc.get((src, doc), 0) + 1
            picked.append((None, src, doc, a, b, pool, pattern))
            got += 1
        return got

    OTHERS = ["muc4", "agnews_world", "wikitimes_cep"]

    def take_round(pool, pattern, n, first_news, others=OTHERS):
        """news first (up to first_news), then one at a time round the other sources until n or exhausted."""
        got = take("news", pool, pattern, min(first_news, n))
        while got < n:
            step = 0
            for src in others:
                if got >= n:
                    break
                k = take(src, pool, pattern, 1)
                got += k
                step += k
            if step == 0:
                break
        return got

    # Targeted (35): news up to half of each cell, then muc4 / agnews_world / wikitimes_cep in turn.
    for pattern, n in [("arrested", 6), ("kidnapped", 5), ("national", 5), ("displaced", 4),
                       ("executions", 4), ("toll-update", 3), ("joined", 3)]:
        take_round("targeted", pattern, n, n // 2)
    take("muc4", "targeted", "killed-long", 5)
    # Likely (45): news up to 12, then muc4 15, agnews_world 10, wikitimes_cep 8; shortfalls go round.
    got = take("news", "likely", "-", 12)
    got += take("muc4", "likely", "-", 15)
    got += take("agnews_world", "likely", "-", 10)
    got += take("wikitimes_cep", "likely", "-", 8)
    if got < 45:
        take_round("likely", "-", 45 - got, 0)
    # Hard negatives (20) over the eight kinds: news then a rotating other source; money, ages, sports and
    # people-like get a third.
    for i, (name, _) in enumerate(NEGATIVES):
        n = 3 if name in ("money", "ages", "sports", "people-like") else 2
        rot = OTHERS[i % 3:] + OTHERS[:i % 3]
        take_round("negative", name, n, 1, rot)
    short = 20 - sum(1 for p in picked if p[5] == "negative")
    if short > 0:  # a kind with too few candidates: the shortfall goes to people-like (the hardest kind)
        take_round("negative", "people-like", short, 0)
    order = list(range(len(picked)))
    rnd.shuffle(order)
    with open(out, "w") as f:
        for n, i in enumerate(order, 1):
            _, src, doc, a, b, pool, pattern = picked[i]
            f.write(f"V{n:03d}\t{src}\t{doc}\t{a}\t{b}\t{pool}\t{pattern}\n")
    # The double sample: 10 of the labelling ids, drawn after the order (same generator).
    double = sorted(rnd.sample(range(1, len(picked) + 1), 10))
    with open(out + ".double", "w") as f:
        f.write("".join(f"V{n:03d}\n" for n in double))
    from collections import Counter
    c = Counter((p[1], p[5], p[6]) for p in picked)
    for k in sorted(c):
        print(*k, c[k], "of", len(cands.get(k, [])), sep="\t", file=sys.stderr)
    print("total", len(picked), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
