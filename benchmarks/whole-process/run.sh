#!/usr/bin/env bash
# Whole-process benchmark, run by hand (not in CI). Publishes the tool as its package ships (ReadyToRun, linux-x64,
# framework-dependent), then, each RUNS times (median reported, wall clock and CPU):
#   1. `newsnlp extract` on 12 MB of news, 2 threads, JSON Lines in and out, against the in-process figure of
#      `newsnlp bench` on the same file and threads (the ratio is whole-process time / in-process time);
#   2. `newsnlp extract` on 3 MB, 1 thread, against wink-nlp (benchmarks/peers/wink-extract.mjs) in the same run;
#   3. cold start: `newsnlp extract` on a one-article input.
#   bash benchmarks/whole-process/run.sh [SOURCE.jsonl] [RUNS]
# The held-out Wikinews 2019/2020 records are skipped when the slices are cut (make-slices.py).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
source_file="${1:-/work/shared/data/news/news.jsonl}"
runs="${2:-5}"
work="$here/out"
mkdir -p "$work"

python3 "$here/make-slices.py" "$source_file" "$work" 12 3
echo '{"id":"one","text":"Iran summoned the Pakistani envoy on Wednesday.","published":"2024-01-17"}' > "$work/one.jsonl"

echo "== publishing newsnlp (Release, linux-x64, ReadyToRun)" >&2
dotnet publish "$repo/src/NewsNlp.Cli" -c Release -r linux-x64 --self-contained false -o "$work/tool" -v q -nologo >&2
newsnlp="$work/tool/NewsNlp.Cli"
(cd "$repo/benchmarks/peers" && npm install --no-audit --no-fund --silent)

# time_runs LABEL COMMAND...: runs the command RUNS times, prints "LABEL wall_median cpu_median" (seconds).
time_runs() {
  local label="$1"; shift
  local walls=() cpus=()
  for ((i = 0; i < runs; i++)); do
    local t
    /usr/bin/time -o "$work/time.txt" -f '%e %U %S' "$@" >/dev/null 2>/dev/null
    t="$(tail -1 "$work/time.txt")"
    walls+=("$(awk '{print $1}' <<<"$t")")
    cpus+=("$(awk '{print $2 + $3}' <<<"$t")")
  done
  printf '%s %s %s\n' "$label" "$(printf '%s\n' "${walls[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" \
    "$(printf '%s\n' "${cpus[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
}

echo "== in-process: newsnlp bench, 2 threads" >&2
bench="$("$newsnlp" bench "$work/news-12mb.jsonl" --threads 2 --seconds 5 --json)"
inproc="$(BENCH="$bench" python3 -c 'import json,os; b=json.loads(os.environ["BENCH"]); r=b["runs"][-1]; print(round(b["articles"]/r["articlesPerSecond"],3), b["coldStartMs"])')"

echo "== whole process, $runs runs each" >&2
{
  time_runs "extract-12mb-2t" "$newsnlp" extract "$work/news-12mb.jsonl" --threads 2 -q
  time_runs "extract-3mb-1t" "$newsnlp" extract "$work/news-3mb.jsonl" --threads 1 -q
  time_runs "wink-nlp-3mb" node "$repo/benchmarks/peers/wink-extract.mjs" "$work/news-3mb.jsonl"
  time_runs "cold-start" "$newsnlp" extract "$work/one.jsonl" -q
} > "$work/times.txt"

read -r inproc_s cold_ms <<<"$inproc"
awk -v inproc="$inproc_s" -v cold="$cold_ms" -v runs="$runs" '
  { wall[$1] = $2; cpu[$1] = $3 }
  END {
    printf "medians of %d runs (wall s / CPU s = user + sys)\n", runs
    printf "| measurement | wall | CPU |\n|---|---:|---:|\n"
    printf "| newsnlp extract, 12 MB, 2 threads | %.2f | %.2f |\n", wall["extract-12mb-2t"], cpu["extract-12mb-2t"]
    printf "| in-process bench, same file, 2 threads | %.2f | |\n", inproc
    printf "| newsnlp extract, 3 MB, 1 thread | %.2f | %.2f |\n", wall["extract-3mb-1t"], cpu["extract-3mb-1t"]
    printf "| wink-nlp, 3 MB, 1 thread | %.2f | %.2f |\n", wall["wink-nlp-3mb"], cpu["wink-nlp-3mb"]
    printf "| cold start: one article, whole process | %.2f | %.2f |\n", wall["cold-start"], cpu["cold-start"]
    printf "whole process / in-process (12 MB, 2 threads): %.2fx\n", wall["extract-12mb-2t"] / inproc
    printf "newsnlp / wink-nlp (3 MB, 1 thread): %.2fx wall, %.2fx CPU\n", wall["extract-3mb-1t"] / wall["wink-nlp-3mb"], cpu["extract-3mb-1t"] / cpu["wink-nlp-3mb"]
    printf "in-process cold start (create + first Extract): %s ms\n", cold
  }' "$work/times.txt"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
