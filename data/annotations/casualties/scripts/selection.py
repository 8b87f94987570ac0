"""What the seeded batch draws of the casualty set share (select_dev8.py, select_dev9.py): the sources, the sentence
splitter, the count test (years, days of dates and clock times masked), the casualty and negative patterns, the exclusions
and the picker (at most 2 sentences per article). Standard library only; run the batch scripts from the repository root."""
import json, os, re, sys
from collections import Counter

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
# The targeted cells every batch draws (a batch script lists them in its TARGETS, first match wins).
ARRESTED = ("arrested", re.compile(r"\b(arrest\w*|detain\w*|detention|jailed|imprison\w*|rounded up|in custody|"
                                r"apprehend\w*|captured)\b", re.I))
KIDNAPPED = ("kidnapped", re.compile(r"\b(kidnap\w*|abduct\w*|hostages?|captives?|seized|held captive)\b", re.I))
NATIONAL = ("national", re.compile(r"\b(since|so far this year|in the past|years of|a total of|nationwide|"
                                r"throughout the country|this year|last year|in recent (?:years|months)|"
                                r"over the past|during the past|to date)\b", re.I))
KILLED_LONG = ("killed-long", None)  # a killed word in a sentence over 250 characters (muc4)
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


def candidates(split, targets, noread_file=None):
    """The candidate sentences of every source, keyed (source, pool, pattern): pool "targeted" (the first of `targets`
    that matches; a None pattern means a killed word in a sentence over 250 characters), "likely" (a casualty word) or
    "negative" (no casualty word, one of NEGATIVES). Excluded: articles of earlier batches in casualties.jsonl (not those
    of `split` or later batches, so that the draw reproduces after they were appended), report articles, no-read ids (of
    `noread_file` when given),
    held-out Wikinews 2019/2020 CSV records and dev30 duplicates; sentences deduplicated by normalised text."""
    # Only the batches before this one exclude their articles: a later batch's articles were still candidates when this one was
    # drawn (a split not yet appended is the newest).
    records = [json.loads(line) for line in open(f"{HERE}/casualties.jsonl")]
    own_batch = min((r["batch"] for r in records if r["split"] == split), default=None)
    used_docs, own_docs = set(), set()
    for r in records:
        if r["split"] == split:
            own_docs.add((r["source"], r["doc"]))
        elif own_batch is None or r["batch"] < own_batch:
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
    # The project's no-read list (report splits, blind draws, fresh casualty batches) grows after every draw; a batch that kept a
    # copy of it as it stood when drawn (scripts/noread/SPLIT.txt) reads that copy, so that its draw reproduces.
    noread = set()
    noread_file = noread_file or "/work/notes/noread-ids.txt"
    if os.path.exists(noread_file):
        noread = {l.strip() for l in open(noread_file) if l.strip()}
    dev30 = {norm(json.loads(l)["text"]) for l in open(f"{SHARED}/articles/dev30.jsonl")}

    cands = {}  # (source, pool, pattern) -> list
    seen = set()
    for src, path in SOURCES.items():
        for line in open(path):
            r = json.loads(line)
            doc = r["id"]
            # A batch's own articles join the no-read list once drawn; they stay candidates of that batch so that its draw
            # reproduces.
            if (src, doc) in used_docs or doc in report_docs or (doc in noread and (src, doc) not in own_docs):
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
                    for name, rx in targets:
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
    return cands


class Picker:
    """Takes shuffled candidates, at most 2 sentences per article, in the order the batch script asks for them."""

    def __init__(self, cands, rnd):
        self.cands, self.rnd = cands, rnd
        for k in sorted(cands):
            rnd.shuffle(cands[k])
        self.per_doc = {}
        self.picked = []

    def take(self, src, pool, pattern, n):
        got = 0
        for doc, a, b in self.cands.get((src, pool, pattern), []):
            if got >= n:
                break
            if self.per_doc.get((src, doc), 0) >= 2 or any(p[1] == src and p[2] == doc and p[3] == a for p in self.picked):
                continue
            self.per_doc[(src, doc)] = self.per_doc.get((src, doc), 0) + 1
            self.picked.append((None, src, doc, a, b, pool, pattern))
            got += 1
        return got

    def write(self, out, prefix):
        """The pool list in a shuffled labelling order (ids PREFIX001...), OUT.double with the 10 ids of the double sample
        (drawn after the order, same generator), and the counts per cell on stderr."""
        picked, rnd = self.picked, self.rnd
        order = list(range(len(picked)))
        rnd.shuffle(order)
        with open(out, "w") as f:
            for n, i in enumerate(order, 1):
                _, src, doc, a, b, pool, pattern = picked[i]
                f.write(f"{prefix}{n:03d}\t{src}\t{doc}\t{a}\t{b}\t{pool}\t{pattern}\n")
        double = sorted(rnd.sample(range(1, len(picked) + 1), 10))
        with open(out + ".double", "w") as f:
            f.write("".join(f"{prefix}{n:03d}\n" for n in double))
        c = Counter((p[1], p[5], p[6]) for p in picked)
        for k in sorted(c):
            print(*k, c[k], "of", len(self.cands.get(k, [])), sep="\t", file=sys.stderr)
        print("total", len(picked), file=sys.stderr)
