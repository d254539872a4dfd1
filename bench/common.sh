# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the bench scripts: the shared work folder, generated exports and libraries reused
# between the benchmarks of one run, and `figure` to hand a figure to bench/table.py.
#
#   KEEPSAKE_BENCH_WORK     folder for exports and libraries (bench/run.sh makes one per run;
#                           a script run alone makes its own and removes it)
#   KEEPSAKE_BENCH_FIGURES  TSV file the figures are appended to (unset: figures are only printed)

BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SCALE="${KEEPSAKE_SCALE_PY:-$BENCH_ROOT/../shared/corpus/gen/scale.py}"

bench_work() {
    if [ -n "${KEEPSAKE_BENCH_WORK:-}" ]; then
        WORK="$KEEPSAKE_BENCH_WORK"
        mkdir -p "$WORK"
    else
        WORK="$(mktemp -d "${TMPDIR:-/tmp}/keepsake-bench.XXXXXX")"
        # shellcheck disable=SC2064
        trap "rm -rf '$WORK'" EXIT
    fi
}

seconds() { python3 -c 'import time; print(f"{time.time():.3f}")'; }
now_ms() { date +%s%3N; }
elapsed() { python3 -c "print(f'{$2-$1:.3f}')"; }
peak_mb() { python3 -c "import re,sys; print(round(int(re.search(r'Maximum resident set size \(kbytes\): (\d+)', open(sys.argv[1]).read()).group(1))/1024, 1))" "$1"; }

# figure SECTION NAME SCALE VALUE UNIT BASELINE_LABEL BASELINE AIM [NOTE]
#   AIM: "ratio<=1.5", "ratio>=1.0", "value<=300", "value<50", or "report" (no aim to meet).
#   BASELINE_LABEL/BASELINE: "-" when the figure has none.
figure() {
    printf '  figure: %s / %s (%s) = %s %s  baseline %s = %s  aim %s %s\n' "$@"
    if [ -n "${KEEPSAKE_BENCH_FIGURES:-}" ]; then
        local IFS=$'\t'
        printf '%s\n' "$*" >>"$KEEPSAKE_BENCH_FIGURES"
    fi
}

# ensure_export NAME POSTS PHOTOS [SEED]: $WORK/export-NAME, generated once per work folder.
ensure_export() {
    local name=$1 posts=$2 photos=$3 seed=${4:-1} dir="$WORK/export-$1"
    if [ ! -f "$dir/.done" ]; then
        rm -rf "$dir"
        local t0 t1
        t0=$(seconds)
        nice python3 "$SCALE" --posts "$posts" --photos "$photos" --seed "$seed" --out "$dir" >"$WORK/scale-$name.json"
        t1=$(seconds)
        touch "$dir/.done"
        echo "export $name: $posts posts, $photos photos generated in $(elapsed "$t0" "$t1") s"
    fi
}

# ensure_library NAME POSTS PHOTOS [SEED]: $WORK/lib-NAME imported from export NAME once; the import's
# time (s) and peak memory (MB) are in $WORK/lib-NAME.import-seconds / .import-peak-mb.
ensure_library() {
    local name=$1 lib="$WORK/lib-$1"
    ensure_export "$@"
    if [ ! -f "$lib.import-seconds" ]; then
        rm -rf "$lib"
        local t0 t1
        t0=$(seconds)
        /usr/bin/time -v "$KEEPSAKE" import "$WORK/export-$name" --library "$lib" --json \
            >"$lib.report.json" 2>"$lib.time.txt"
        t1=$(seconds)
        elapsed "$t0" "$t1" >"$lib.import-seconds"
        peak_mb "$lib.time.txt" >"$lib.import-peak-mb"
        echo "library $name: imported in $(cat "$lib.import-seconds") s, peak $(cat "$lib.import-peak-mb") MB," \
            "$(python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print(r['added'], 'added')" "$lib.report.json")"
    fi
}

# scaled N: N divided by KEEPSAKE_BENCH_DIVIDE (default 1), for a quick trial of the scripts.
scaled() { echo $(($1 / ${KEEPSAKE_BENCH_DIVIDE:-1} > 0 ? $1 / ${KEEPSAKE_BENCH_DIVIDE:-1} : 1)); }

# ensure_wide_library: $WORK/lib-wide, the 100k library with a second 100,000-post export of the
# same account (another seed) imported into it: about 206,000 memories. (Two exports because a
# messages.js over 96 MB used to be refused; data files are now read entry by entry.)
ensure_wide_library() {
    local lib="$WORK/lib-wide"
    ensure_library 100k "$(scaled 100000)" "$(scaled 2000)"
    if [ ! -f "$lib.import-seconds" ]; then
        ensure_export 100k-b "$(scaled 100000)" "$(scaled 2000)" 2
        rm -rf "$lib"
        cp -r "$WORK/lib-100k" "$lib"
        local t0 t1
        t0=$(seconds)
        /usr/bin/time -v "$KEEPSAKE" import "$WORK/export-100k-b" --library "$lib" --json \
            >"$lib.report.json" 2>"$lib.time.txt"
        t1=$(seconds)
        elapsed "$t0" "$t1" >"$lib.import-seconds"
        peak_mb "$lib.time.txt" >"$lib.import-peak-mb"
        echo "library wide: second export imported in $(cat "$lib.import-seconds") s, peak $(cat "$lib.import-peak-mb") MB"
    fi
}
memories() { python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT COUNT(*) FROM memories').fetchone()[0])" "$1/keepsake.db"; }
