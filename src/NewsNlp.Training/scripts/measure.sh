#!/usr/bin/env bash
# The project's standing measurements of one built worktree, printed as score.py rows.
# Usage (from anywhere): src/NewsNlp.Training/scripts/measure.sh WORKTREE TAG [OUTDIR]
#   WORKTREE: a checkout built with `dotnet build NewsNlp.sln -c Release`, with ../shared beside it.
#   Outputs go to OUTDIR/TAG (default /tmp/newsnlp-measure/TAG): dev30, the model article, the
#   non-held-out news, the headline splits, and score.py / eval-events / eval-timex figures.
# Score-only sets (never open their errors): the report and conflict splits, eval-events --split
# report, headline report and report2, tbaq fold 5. Only their summary rows are printed.
set -euo pipefail
wt=$(cd "$1" && pwd); tag=$2; out=${3:-/tmp/newsnlp-measure}/$tag
shared=$wt/../shared
cli=$wt/src/NewsNlp.Cli/bin/Release/net10.0/NewsNlp.Cli
score="python3 $shared/tools/score.py"
mkdir -p "$out"
here=$(cd "$(dirname "$0")" && pwd)

# Inputs that do not depend on the commit.
if [ ! -f "$out/../news-nonheld.jsonl" ]; then
  python3 - "$shared/data/news/news.jsonl" "$out/../news-nonheld.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], encoding='utf-8') as f, open(sys.argv[2], 'w', encoding='utf-8') as o:
    for line in f:
        if not any(h in json.loads(line).get('source', '') for h in ('wikinews_2019.csv', 'wikinews_2020.csv')):
            o.write(line)
PY
fi
if [ ! -d "$out/../head" ]; then
  python3 "$wt/data/annotations/headlines/make_eval.py" "$shared/data/news-events/agnews_world.jsonl" "$out/../head"
fi

"$cli" extract "$shared/articles/dev30.jsonl" -o "$out/dev30.jsonl" -q --overwrite
"$cli" extract "$out/../news-nonheld.jsonl" -o "$out/all.jsonl" -q --overwrite
for s in dev report dev2 report2; do
  "$cli" extract "$out/../head/$s.input.jsonl" -o "$out/head-$s.jsonl" -q --overwrite
done

row() { # label gold pred: the events row (and the mean) of score.py
  local r; r=$($score "$2" "$3" 2>&1)
  printf '%-22s %s | %s\n' "$1" "$(echo "$r" | grep -m1 -E '^\|? *events' | tr -s ' ')" "$(echo "$r" | grep -m1 -i 'mean' | tr -s ' ')"
}
python3 "$here/select_ids.py" "$out/all.jsonl" "$wt/data/annotations/report/report.gold.jsonl" "$out/report.jsonl"
python3 "$here/select_ids.py" "$out/all.jsonl" "$wt/data/annotations/report/conflict.gold.jsonl" "$out/conflict.jsonl"
$score "$shared/gold/dev30.gold.jsonl" "$out/dev30.jsonl" > "$out/dev30.score.txt" 2>&1
row dev30 "$shared/gold/dev30.gold.jsonl" "$out/dev30.jsonl"
row report "$wt/data/annotations/report/report.gold.jsonl" "$out/report.jsonl"
row conflict "$wt/data/annotations/report/conflict.gold.jsonl" "$out/conflict.jsonl"
for s in dev report dev2 report2; do row "headline-$s" "$out/../head/$s.gold.jsonl" "$out/head-$s.jsonl"; done
python3 - "$out/all.jsonl" <<'PY'
import json, sys
n = sum(len(json.loads(l).get('events') or []) for l in open(sys.argv[1], encoding='utf-8'))
print(f'events over news       {n}')
PY
for s in tune report; do
  printf 'eval-events %-6s     %s\n' "$s" "$("$cli" eval-events "$wt/data/annotations/events" --split $s -t 1 | grep -E '^(micro|macro|arguments: both|matched: both)' | tr -s ' ' | paste -sd';')"
done
