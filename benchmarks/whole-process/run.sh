#!/usr/bin/env bash
# Whole-process benchmark, run by hand (not in CI). Publishes the tool for linux-x64 in each build of BUILDS, then,
# RUNS times, the builds taking turns (minimum and median reported, wall clock and CPU):
#   1. `newsnlp extract` on 12 MB of news, 2 threads, JSON Lines in and out, against the in-process figure of
#      `newsnlp bench` on the same file and threads (the ratio is whole-process time / in-process time);
#   2. `newsnlp extract` on 3 MB, 1 thread, against wink-nlp (benchmarks/peers/wink-extract.mjs) in the same run;
#   3. cold start: `newsnlp extract` on a one-article input.
#   [BUILDS="aot r2r"] bash benchmarks/whole-process/run.sh [SOURCE.jsonl] [RUNS]
# BUILDS, space-separated, each a name below (published here) or LABEL=EXECUTABLE (timed as given, not published):
#   aot          Native AOT, as the linux-x64 tool package ships (OptimizationPreference=Speed, x86-64-v2)
#   r2r          framework-dependent ReadyToRun (JIT for the rest), as the other platforms' packages ship
#   aot-blended  Native AOT with the compiler's default blend of speed and size
#   aot-v3       Native AOT for x86-64-v3 (AVX2, BMI, FMA, MOVBE: Intel Haswell / AMD Excavator, 2013-2015, and later)
# The held-out Wikinews 2019/2020 records are skipped when the slices are cut (make-slices.py).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
source_file="${1:-/work/shared/data/news/news.jsonl}"
runs="${2:-5}"
builds="${BUILDS:-aot r2r}"
work="$here/out"
mkdir -p "$work"

python3 "$here/make-slices.py" "$source_file" "$work" 12 3
echo '{"id":"one","text":"Iran summoned the Pakistani envoy on Wednesday.","published":"2024-01-17"}' > "$work/one.jsonl"

# publish NAME: publishes build NAME into $work/NAME and prints its executable.
publish() {
  local properties
  case "$1" in
    aot) properties=() ;;
    r2r) properties=(-p:PublishAot=false) ;;
    aot-blended) properties=(-p:OptimizationPreference=Blended) ;;
    aot-v3) properties=(-p:IlcInstructionSet=x86-64-v3) ;;
    *) echo "unknown build $1" >&2; exit 2 ;;
  esac
  echo "== publishing newsnlp ($1: Release, linux-x64 ${properties[*]})" >&2
  rm -rf "${work:?}/$1"
  nice -n 19 dotnet publish "$repo/src/NewsNlp.Cli" -c Release -r linux-x64 "${properties[@]}" -o "$work/$1" -v q -nologo >&2
  echo "$work/$1/NewsNlp.Cli"
}

labels=()
declare -A executable
for build in $builds; do
  if [[ "$build" == *=* ]]; then
    label="${build%%=*}"; executable[$label]="${build#*=}"
  else
    label="$build"; executable[$label]="$(publish "$build")"
  fi
  labels+=("$label")
done
(cd "$repo/benchmarks/peers" && npm install --no-audit --no-fund --silent)

# time_one KEY COMMAND...: runs the command once, appends "KEY wall cpu" (seconds, cpu = user + sys) to samples.txt.
time_one() {
  local key="$1"; shift
  /usr/bin/time -o "$work/time.txt" -f '%e %U %S' "$@" >/dev/null 2>/dev/null
  tail -1 "$work/time.txt" | awk -v key="$key" '{print key, $1, $2 + $3}' >> "$work/samples.txt"
}

load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
: > "$work/times.txt"
: > "$work/samples.txt"
for label in "${labels[@]}"; do
  echo "== $label: in-process bench" >&2
  bench="$("${executable[$label]}" bench "$work/news-12mb.jsonl" --threads 2 --seconds 5 --json)"
  BENCH="$bench" LABEL="$label" python3 -c 'import json,os; b=json.loads(os.environ["BENCH"]); r=b["runs"][-1]; print(os.environ["LABEL"] + "/bench", round(b["articles"]/r["articlesPerSecond"],3), b["coldStartMs"])' >> "$work/times.txt"
done
# The builds take turns within each run, so a change in the machine's load falls on all of them alike.
echo "== whole process, $runs runs of each build in turn" >&2
for ((i = 0; i < runs; i++)); do
  for label in "${labels[@]}"; do
    newsnlp="${executable[$label]}"
    time_one "$label/extract-12mb-2t" "$newsnlp" extract "$work/news-12mb.jsonl" --threads 2 -q
    time_one "$label/extract-3mb-1t" "$newsnlp" extract "$work/news-3mb.jsonl" --threads 1 -q
    time_one "$label/cold-start" "$newsnlp" extract "$work/one.jsonl" -q
  done
  time_one "wink-nlp-3mb" node "$repo/benchmarks/peers/wink-extract.mjs" "$work/news-3mb.jsonl"
done
# Per key: wall minimum and median, CPU minimum and median.
stats() { sort -g | awk '{a[NR]=$1} END {printf "%s %s", a[1], a[int((NR+1)/2)]}'; }
for key in $(cut -d' ' -f1 "$work/samples.txt" | sort -u); do
  printf '%s %s %s\n' "$key" "$(awk -v k="$key" '$1 == k {print $2}' "$work/samples.txt" | stats)" \
    "$(awk -v k="$key" '$1 == k {print $3}' "$work/samples.txt" | stats)" >> "$work/times.txt"
done

awk -v runs="$runs" -v labels="${labels[*]}" '
  $1 ~ /\/bench$/ { inproc[$1] = $2; cold[$1] = $3; next }
  { wmin[$1] = $2; wmed[$1] = $3; cmin[$1] = $4; cmed[$1] = $5 }
  function row(name, key) { printf "| %s | %.2f | %.2f | %.2f | %.2f |\n", name, wmed[key], wmin[key], cmed[key], cmin[key] }
  END {
    printf "%d runs each: wall median and minimum, CPU (user + sys) median and minimum, seconds\n", runs
    n = split(labels, l, " ")
    for (i = 1; i <= n; i++) {
      b = l[i]
      printf "\n%s\n| measurement | wall median | wall min | CPU median | CPU min |\n|---|---:|---:|---:|---:|\n", b
      row("newsnlp extract, 12 MB, 2 threads", b "/extract-12mb-2t")
      printf "| in-process bench, same file, 2 threads | %.2f | | | |\n", inproc[b "/bench"]
      row("newsnlp extract, 3 MB, 1 thread", b "/extract-3mb-1t")
      row("wink-nlp, 3 MB, 1 thread", "wink-nlp-3mb")
      row("cold start: one article, whole process", b "/cold-start")
      printf "whole process / in-process (12 MB, 2 threads, medians): %.2fx\n", wmed[b "/extract-12mb-2t"] / inproc[b "/bench"]
      printf "newsnlp / wink-nlp (3 MB, 1 thread, medians): %.2fx wall, %.2fx CPU\n", wmed[b "/extract-3mb-1t"] / wmed["wink-nlp-3mb"], cmed[b "/extract-3mb-1t"] / cmed["wink-nlp-3mb"]
      printf "in-process cold start (create + first Extract): %s ms\n", cold[b "/bench"]
    }
  }' "$work/times.txt"
echo
echo "load average (1, 5, 15 min) at the start of the timing: $load_start; at the end: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
