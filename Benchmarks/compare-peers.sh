#!/usr/bin/env bash
# Times the same job three ways on the same synthetic export, in one run:
#   liso score FILE --format json --by perspective        (release build, both cores and one)
#   DuckDB and polars computing the same per-element n, mean and SD by perspective
# and checks that their figures agree with liso's JSON (n exact, mean and SD within 1e-9).
# Then prints a table of times, ratios and peak memory. `wc -l` on the same file is the floor.
#
# Usage: Benchmarks/compare-peers.sh [ROWS]        (default 1000000; RUNS=5 sets the runs)
set -euo pipefail
cd "$(dirname "$0")/.."

rows="${1:-1000000}"
runs="${RUNS:-5}"
work=.build/peers
venv=.build/peers-venv
mkdir -p "$work"

step() { printf '\n== %s\n' "$1" >&2; }

step "python environment with duckdb and polars ($venv)"
if [ ! -x "$venv/bin/python" ]; then python3 -m venv "$venv"; fi
"$venv/bin/python" -c 'import duckdb, polars' 2>/dev/null || "$venv/bin/pip" install --quiet duckdb polars
python="$venv/bin/python"
"$python" -c 'import duckdb, polars, sys; print(f"python {sys.version.split()[0]}, duckdb {duckdb.__version__}, polars {polars.__version__}")'

step "release build of liso and LISOBenchmarks"
swift build -c release --product liso >&2
swift build -c release --product LISOBenchmarks >&2
bin="$(swift build -c release --show-bin-path)"

step "synthetic export: $rows rows"
file="$work/export-$rows.csv"
if [ ! -s "$file" ]; then "$bin/LISOBenchmarks" --generate "$file" --rows "$rows"; fi
ls -l "$file" >&2
"$bin/liso" questionnaire --format json >"$work/instrument.json"

peer() { echo "$python Benchmarks/peers/peers.py score $1 $file $work/instrument.json $work/$1.json"; }
liso_cmd="$bin/liso score $file --format json --by perspective --output $work/liso.json"

step "agreement: each peer's n, mean and SD per perspective and element against liso's JSON"
$liso_cmd
$(peer duckdb)
$(peer polars)
"$python" Benchmarks/peers/peers.py check "$work/liso.json" "$work/duckdb.json" "$work/polars.json"

step "peak memory (one run each, /usr/bin/time)"
peak() { /usr/bin/time -f '%M' -o "$work/peak-$1" "${@:2}" >/dev/null 2>&1; }
peak "wc -l" wc -l "$file"
peak "liso" $liso_cmd
peak "liso (1 core)" taskset -c 0 $liso_cmd
peak "duckdb" $(peer duckdb)
peak "polars" $(peer polars)
"$python" - "$work" <<'PY'
import json, os, sys
work = sys.argv[1]
names = ["wc -l", "liso", "liso (1 core)", "duckdb", "polars"]
peaks = {name: int(open(os.path.join(work, "peak-" + name)).read().split()[-1]) for name in names}
json.dump(peaks, open(os.path.join(work, "peaks.json"), "w"))
PY

step "times ($runs runs each, one warm-up; nproc $(nproc))"
if command -v hyperfine >/dev/null; then
    hyperfine -N --warmup 1 --runs "$runs" --style basic --export-json "$work/times.json" \
        -n "wc -l" "wc -l $file" \
        -n "liso" "$liso_cmd" \
        -n "liso (1 core)" "taskset -c 0 $liso_cmd" \
        -n "duckdb" "$(peer duckdb)" \
        -n "polars" "$(peer polars)" >&2
else
    "$python" - "$work" "$runs" "wc -l" "wc -l $file" "liso" "$liso_cmd" "liso (1 core)" "taskset -c 0 $liso_cmd" \
        "duckdb" "$(peer duckdb)" "polars" "$(peer polars)" <<'PY'
import json, os, resource, shlex, statistics, subprocess, sys, time
work, runs, *pairs = sys.argv[1:]
results = []
for name, command in zip(pairs[::2], pairs[1::2]):
    subprocess.run(shlex.split(command), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times = []
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    for _ in range(int(runs)):
        start = time.perf_counter()
        subprocess.run(shlex.split(command), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    results.append({"command": name, "median": statistics.median(times), "min": min(times), "max": max(times),
                    "user": (after.ru_utime - before.ru_utime) / len(times),
                    "system": (after.ru_stime - before.ru_stime) / len(times)})
json.dump({"results": results}, open(os.path.join(work, "times.json"), "w"))
PY
fi

step "result ($rows rows, $(nproc) processors, $(date -u +%Y-%m-%dT%H:%MZ))"
"$python" Benchmarks/peers/peers.py table "$work/times.json" "$work/peaks.json" "$work/duckdb.json" "$work/polars.json"
