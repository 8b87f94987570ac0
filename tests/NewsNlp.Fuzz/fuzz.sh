#!/usr/bin/env bash
# Fuzzes one NewsNlp target with AFL++ and SharpFuzz. Usage: tests/NewsNlp.Fuzz/fuzz.sh TARGET [SECONDS]
# TARGET is tokenizer, dates or extract. Needs afl++ (apt-get install afl++) and the sharpfuzz tool
# (dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path ~/.sharpfuzz). See README.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="${1:?usage: fuzz.sh tokenizer|dates|extract [seconds]}"
seconds="${2:-600}"
out="${FUZZ_OUT:-/tmp/newsnlp-fuzz}"
sharpfuzz="${SHARPFUZZ:-$(command -v sharpfuzz || echo "$HOME/.sharpfuzz/sharpfuzz")}"

dotnet build "$here/NewsNlp.Fuzz.csproj" -c Release -o "$out/bin" -v q -nologo
# Instrument the library in place (only NewsNlp.dll: the harness and the BCL stay uninstrumented).
"$sharpfuzz" "$out/bin/NewsNlp.dll"

# Seeds: the harness's own plus the hostile corpus (first byte 0x00 = UTF-8, odd = raw UTF-16).
mkdir -p "$out/seeds-$target"
cp "$here"/Seeds/* "$out/seeds-$target/"
for f in "$here"/../NewsNlp.Tests/Corpus/*; do
  [ "$(stat -c %s "$f")" -le 8192 ] || continue
  { printf '\x00'; cat "$f"; } > "$out/seeds-$target/corpus-$(basename "$f")"
done

export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
timeout --preserve-status "$seconds" afl-fuzz -i "$out/seeds-$target" -o "$out/findings-$target" -t 10000 -m none \
  -- dotnet "$out/bin/NewsNlp.Fuzz.dll" "$target" || true

stats="$out/findings-$target/default/fuzzer_stats"
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|bitmap_cvg)' "$stats" || true
crashes=$(ls "$out/findings-$target/default/crashes" 2>/dev/null | grep -vc README || true)
echo "crashes: $crashes (reproduce with: dotnet $out/bin/NewsNlp.Fuzz.dll $target FILE)"
