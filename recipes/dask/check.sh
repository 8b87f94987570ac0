#!/usr/bin/env bash
# CI check of the Dask recipe: a two-worker local cluster extracts a folder of small JSON Lines shards, and the
# union of its outputs must equal a single-process `newsnlp extract` of the same articles, byte for byte after
# sorting by id. Installs Debian's python3-distributed when it is missing (needs root and apt).
#   bash recipes/dask/check.sh "NEWSNLP COMMAND" [SOURCE.jsonl]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
newsnlp="${1:-dotnet $repo/src/NewsNlp.Cli/bin/Release/net10.0/NewsNlp.Cli.dll}"
source_file="${2:-/work/shared/data/news/news.jsonl}"
python=/usr/bin/python3

if ! "$python" -c 'import distributed' 2>/dev/null; then
  echo "installing python3-distributed (Debian)" >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-distributed >&2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/shards"
# Three shards of ten articles each, skipping the held-out Wikinews 2019/2020 records; without the shared data,
# the test corpus texts stand in.
"$python" - "$source_file" "$repo/tests/NewsNlp.Tests/Corpus" "$work" <<'PY'
import json, os, sys
source, corpus, work = sys.argv[1:4]
records = []
if os.path.exists(source):
    for line in open(source, encoding="utf-8"):
        r = json.loads(line)
        if any(h in str(r.get("source", "")) for h in ("wikinews_2019.csv", "wikinews_2020.csv")):
            continue
        records.append({"id": str(r.get("id")), "text": r["text"], "published": r.get("published")})
        if len(records) == 30:
            break
else:
    for name in sorted(os.listdir(corpus)):
        text = open(os.path.join(corpus, name), encoding="utf-8").read()[:4000]
        records.append({"id": name, "text": text, "published": "2024-01-19"})
records.append({"id": "broken", "title": "no text field"})  # an error record must survive the round trip too
with open(os.path.join(work, "all.jsonl"), "w", encoding="utf-8") as everything:
    for i, r in enumerate(records):
        line = json.dumps(r, ensure_ascii=False) + "\n"
        everything.write(line)
        with open(os.path.join(work, "shards", f"part-{i % 3}.jsonl"), "a", encoding="utf-8") as shard:
            shard.write(line)
PY

# Sorts lines by id. An error record's "source" names the file and line it came from (a shard's line, or the whole
# file's), so it is the one field that must differ; it is blanked in both before the byte comparison.
sort_by_id() {
  "$python" -c '
import json, re, sys
lines = sys.stdin.read().splitlines()
lines = [re.sub(r",\"source\":\"[^\"]*\"\}$", ",\"source\":\"\"}", l) if l.startswith("{\"id\"") and ",\"error\":" in l else l for l in lines]
sys.stdout.write("".join(l + "\n" for l in sorted(lines, key=lambda l: json.loads(l)["id"])))'
}

start=$(date +%s.%N)
$newsnlp extract "$work/all.jsonl" --threads 2 -q > "$work/single.jsonl" || [ $? -eq 1 ]
"$python" "$here/newsnlp_dask.py" "$work/shards" "$work/out" --workers 2 --newsnlp "$newsnlp"
cat "$work/out"/*.jsonl | sort_by_id > "$work/dask.sorted"
sort_by_id < "$work/single.jsonl" > "$work/single.sorted"
lines=$(wc -l < "$work/single.sorted")
if cmp -s "$work/dask.sorted" "$work/single.sorted"; then
  printf 'dask recipe: %d records from 3 shards on 2 workers, byte-identical to one process after sorting by id (%.1f s)\n' \
    "$lines" "$(echo "$(date +%s.%N) - $start" | bc)"
else
  echo "dask recipe: the union of the shard outputs differs from the single-process output" >&2
  diff <(cut -c1-200 "$work/dask.sorted") <(cut -c1-200 "$work/single.sorted") | head -20 >&2
  exit 1
fi
