#!/usr/bin/env bash
# Peer comparison, run by hand (not in CI): times compromise and NewsNlp on the same 1 MB news
# slice, one thread each, in one run, and prints the throughput ratio.
#   bash benchmarks/peers/run.sh [SOURCE.jsonl] [MIN_SECONDS]
# SOURCE defaults to ../shared/data/news/news.jsonl beside the repository.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
source_file="${1:-$repo/../shared/data/news/news.jsonl}"
seconds="${2:-3}"
work="$here/out"
mkdir -p "$work"

if [[ ! -f "$source_file" ]]; then
  echo "no input: $source_file (pass a .jsonl with id/text fields)" >&2
  exit 2
fi

echo "== installing compromise locally (benchmarks/peers/node_modules)" >&2
(cd "$here" && npm install --no-audit --no-fund --silent)

slice="$work/news-1mb.jsonl"
node "$here/make-slice.mjs" "$source_file" "$slice"

echo "== building newsnlp (Release)" >&2
dotnet build "$repo/src/NewsNlp.Cli" -c Release -o "$work/cli" -v q -nologo >&2

echo "== timing NewsNlp (1 thread)" >&2
newsnlp_json="$(dotnet "$work/cli/NewsNlp.Cli.dll" bench "$slice" --threads 1 --seconds "$seconds" --json)"
echo "== timing compromise (1 thread)" >&2
compromise_json="$(node "$here/compromise-bench.mjs" "$slice" "$seconds")"

NEWSNLP="$newsnlp_json" COMPROMISE="$compromise_json" node --input-type=module -e '
const n = JSON.parse(process.env.NEWSNLP);
const c = JSON.parse(process.env.COMPROMISE);
const r = n.runs[0];
const row = (name, a, mb, tok, what) =>
  `| ${name.padEnd(22)} | ${a.toFixed(1).padStart(10)} | ${mb.toFixed(3).padStart(8)} | ${Math.round(tok).toLocaleString("en-US").padStart(12)} ${what}|`;
console.log(`input: ${n.articles} articles, ${(n.bytes / 1e6).toFixed(2)} MB UTF-8 text (same file for both)`);
console.log("| library                | articles/s |     MB/s |     tokens/s |");
console.log("|------------------------|-----------:|---------:|-------------:|");
console.log(row("NewsNlp (full Extract)", r.articlesPerSecond, r.megabytesPerSecond, r.tokensPerSecond, ""));
console.log(row(c.library, c.articlesPerSecond, c.megabytesPerSecond, c.wordsPerSecond, "(words) "));
console.log(`NewsNlp / compromise throughput (MB/s): ${(r.megabytesPerSecond / c.megabytesPerSecond).toFixed(1)}x`);
'
