#!/usr/bin/env bash
# Regenerates the example summary in src/NewsNlp.Cli/README.md (between <!-- summary:begin --> and
# <!-- summary:end -->) from a real run, so its figures are measured, never typed: `newsnlp extract` over
# news.jsonl without the held-out Wikinews 2019/2020 records, 2 threads, JSON Lines out.
#   bash benchmarks/whole-process/readme-summary.sh [SOURCE.jsonl] ["NEWSNLP COMMAND"]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
source_file="${1:-/work/shared/data/news/news.jsonl}"
newsnlp="${2:-dotnet $repo/src/NewsNlp.Cli/bin/Release/net10.0/NewsNlp.Cli.dll}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$source_file" "$work/news.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as source, open(sys.argv[2], "w", encoding="utf-8") as target:
    for line in source:
        if line.strip() and not any(h in str(json.loads(line).get("source", "")) for h in ("wikinews_2019.csv", "wikinews_2020.csv")):
            target.write(line)
PY
articles=$(wc -l < "$work/news.jsonl")
mb=$(du -m "$work/news.jsonl" | cut -f1)
$newsnlp extract "$work/news.jsonl" --threads 2 -o "$work/out.jsonl" 2> "$work/summary.txt" || [ $? -eq 1 ]
load="$(cut -d' ' -f1 /proc/loadavg)"
{
  echo '```'
  echo "\$ newsnlp extract news.jsonl --threads 2 -o records.jsonl"
  cat "$work/summary.txt"
  echo '```'
  echo
  echo "Input: \`news.jsonl\` without its held-out Wikinews 2019/2020 records ($articles articles, $mb MB), $(nproc) cores,"
  echo "load average $load when it ran ($(date -u +%Y-%m-%d)); regenerate with \`bash benchmarks/whole-process/readme-summary.sh\`."
} > "$work/block.md"
python3 - "$repo/src/NewsNlp.Cli/README.md" "$work/block.md" <<'PY'
import re, sys
readme, block = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
text = open(readme, encoding="utf-8").read()
text = re.sub(r"(<!-- summary:begin -->\n).*?(<!-- summary:end -->)", lambda m: m.group(1) + block + m.group(2), text, flags=re.S)
open(readme, "w", encoding="utf-8").write(text)
PY
cat "$work/block.md"
