#!/usr/bin/env bash
# CI check of the Native AOT build: every output of the AOT executable must equal the JIT build's, on the same input.
# JSON Lines, CSV, Parquet, the HTML report and `eval --json` are compared byte for byte; the DuckDB databases table
# by table (rows in both directions, EXCEPT ALL), through the libduckdb.so shipped beside the AOT executable. Usage
# errors and I/O errors must give the same exit codes. The AOT compiler cannot follow some reflection inside
# Parquet.Net and DuckDB.NET (NewsNlp.Cli.csproj says which); this is what shows that the tool's paths work.
#   bash tests/aot/check.sh AOT_EXECUTABLE ["JIT COMMAND"]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
aot="$1"
jit="${2:-dotnet $repo/src/NewsNlp.Cli/bin/Release/net10.0/NewsNlp.Cli.dll}"
libduckdb="$(dirname "$(readlink -f "$aot")")/libduckdb.so"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Inputs: the repository's odd-text corpus (Unicode, control characters, huge and empty files) as .txt, and the
# shared development articles when they are there (with their gold annotations for `eval`).
inputs=("$repo/tests/NewsNlp.Tests/Corpus")
shared="$repo/../shared"
[ -d "$shared" ] || shared=/work/shared
if [ -f "$shared/articles/dev30.jsonl" ]; then inputs+=("$shared/articles/dev30.jsonl"); fi

failures=0
same() { # same LABEL FILE_A FILE_B
  if cmp -s "$2" "$3"; then echo "  same: $1"; else echo "  DIFFERENT: $1 ($2 $3)"; failures=$((failures + 1)); fi
}

run_all() { # run_all NAME COMMAND...: every output of one build into $work/NAME, exit codes into its exits.txt
  local name="$1"; shift
  local out="$work/$name" i=0 command=("$@")
  mkdir -p "$out"
  # Each run's exit code is compared too (1 = some articles gave error records, as the odd-text corpus does).
  # run ARGS...: the build's command with ARGS, its exit code recorded.
  run() { local rc=0; "${command[@]}" "$@" >/dev/null 2>&1 || rc=$?; echo "exit $rc: $*" >> "$out/exits.txt"; }
  for input in "${inputs[@]}"; do
    i=$((i + 1))
    run extract "$input" --published 2024-01-19 -q -o "$out/$i.jsonl"
    run extract "$input" --published 2024-01-19 -q -f csv -o "$out/$i-csv"
    run extract "$input" --published 2024-01-19 -q -f parquet -o "$out/$i-parquet"
    run extract "$input" --published 2024-01-19 -q -f duckdb -o "$out/$i.duckdb"
    # Appending runs the appender's list columns over tables that already hold rows.
    run extract "$input" --published 2024-01-19 -q -f duckdb --append -o "$out/$i.duckdb"
    run report "$input" --published 2024-01-19 -q -o "$out/$i.html"
  done
  if [ -f "$shared/gold/dev30.gold.jsonl" ]; then
    "${command[@]}" eval "$shared/gold/dev30.gold.jsonl" "$shared/articles/dev30.jsonl" --json > "$out/eval.json"
  fi
  # Error paths: an existing database without --append or --overwrite, a missing output folder, a mistyped option.
  run extract "${inputs[0]}" -q -f duckdb -o "$out/1.duckdb"
  run extract "${inputs[0]}" -q -o "$out/missing/x.jsonl"
  run extract "${inputs[0]}" -q --formt csv
  sed -i "s|$out/||g" "$out/exits.txt"  # the output folders differ
}

echo "== AOT ($aot) against JIT ($jit)"
# First, that the executable is the Native AOT build at all (a ReadyToRun build would pass every comparison).
"$aot" extract "${inputs[0]}" -q --verbose -o "$work/verbose.jsonl" 2> "$work/verbose.txt" || true
if ! grep -q "compiled ahead of time (Native AOT)" "$work/verbose.txt"; then
  cat "$work/verbose.txt"
  echo "AOT check: $aot is not a Native AOT build (its --verbose summary names a JIT)"; exit 1
fi
echo "  Native AOT: yes (--verbose summary)"
run_all aot "$aot"
# shellcheck disable=SC2086 # the JIT command is a command line
run_all jit $jit

for f in "$work/aot"/*.jsonl "$work/aot"/*.html "$work/aot"/*.json "$work/aot"/exits.txt "$work/aot"/*-csv/* "$work/aot"/*-parquet/*; do
  [ -e "$f" ] || continue
  same "${f#"$work/aot/"}" "$f" "$work/jit/${f#"$work/aot/"}"
done

for f in "$work/aot"/*.duckdb; do
  rel="${f#"$work/aot/"}"
  if python3 - "$libduckdb" "$f" "$work/jit/$rel" <<'PY'
# Compares two DuckDB databases table by table through DuckDB's C API (ctypes: no Python package needed).
import ctypes, sys
lib = ctypes.CDLL(sys.argv[1])
class Result(ctypes.Structure):  # duckdb_result: six pointer-sized fields
    _fields_ = [(n, ctypes.c_uint64) for n in "abcdef"]
lib.duckdb_value_varchar.restype = ctypes.c_void_p
lib.duckdb_result_error.restype = ctypes.c_char_p
lib.duckdb_row_count.restype = ctypes.c_uint64
db, con = ctypes.c_void_p(), ctypes.c_void_p()
assert lib.duckdb_open(b":memory:", ctypes.byref(db)) == 0 and lib.duckdb_connect(db, ctypes.byref(con)) == 0
def query(sql):
    r = Result()
    if lib.duckdb_query(con, sql.encode(), ctypes.byref(r)) != 0:
        sys.exit(f"{lib.duckdb_result_error(ctypes.byref(r)).decode()} in {sql}")
    rows = []
    for i in range(lib.duckdb_row_count(ctypes.byref(r))):
        p = lib.duckdb_value_varchar(ctypes.byref(r), ctypes.c_uint64(0), ctypes.c_uint64(i))
        rows.append(ctypes.string_at(p).decode())
        lib.duckdb_free(ctypes.c_void_p(p))
    lib.duckdb_destroy_result(ctypes.byref(r))
    return rows
query(f"ATTACH '{sys.argv[2]}' AS a (READ_ONLY)")
query(f"ATTACH '{sys.argv[3]}' AS b (READ_ONLY)")
tables = query("SELECT table_name FROM information_schema.tables WHERE table_catalog = 'a' ORDER BY 1")
assert tables == query("SELECT table_name FROM information_schema.tables WHERE table_catalog = 'b' ORDER BY 1"), "table lists differ"
assert tables, "no tables"
for t in tables:
    count = lambda sql: int(query(f"SELECT count(*)::VARCHAR FROM ({sql})")[0])
    rows = count(f"SELECT * FROM a.{t}")
    assert rows == count(f"SELECT * FROM b.{t}"), f"{t}: row counts differ"
    assert count(f"SELECT * FROM a.{t} EXCEPT ALL SELECT * FROM b.{t}") == 0, f"{t}: rows differ"
    assert count(f"SELECT * FROM b.{t} EXCEPT ALL SELECT * FROM a.{t}") == 0, f"{t}: rows differ"
PY
  then echo "  same: $rel (every table)"; else echo "  DIFFERENT: $rel"; failures=$((failures + 1)); fi
done

if [ "$failures" -ne 0 ]; then echo "AOT check: $failures outputs differ"; exit 1; fi
echo "AOT check: every output equals the JIT build's"
