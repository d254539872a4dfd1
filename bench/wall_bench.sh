#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The wall's figures: time to the first painted wall at 1,000 and 100,000 memories (and their
# ratio), frame times while scrolling through the whole 100k wall, and peak memory at 100k.
#   bench/wall_bench.sh BUILD_DIR [WORK_DIR]
# WORK_DIR keeps the generated exports and libraries between runs (they take minutes to build).
set -euo pipefail
BUILD_DIR="$(cd "${1:?usage: bench/wall_bench.sh BUILD_DIR [WORK_DIR]}" && pwd)"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SCALE="${KEEPSAKE_SCALE_PY:-$ROOT/../shared/corpus/gen/scale.py}"
KEEPSAKE="$BUILD_DIR/app/keepsake"
BENCH="$BUILD_DIR/bench/wall_bench"
if [ -n "${2:-}" ]; then
    WORK="$2"
    mkdir -p "$WORK"
else
    WORK="$(mktemp -d "${TMPDIR:-/tmp}/keepsake-wall-bench.XXXXXX")"
    trap 'rm -rf "$WORK"' EXIT
fi
export QT_QPA_PLATFORM=offscreen

now_ms() { date +%s%3N; }

# name posts photos: ~posts + posts/100 blogs + photos memories.
build_library() {
    local name=$1 posts=$2 photos=$3
    if [ -f "$WORK/lib$name/keepsake.db" ]; then
        echo "library $name: reusing $WORK/lib$name"
        return
    fi
    local t0 t1
    t0=$(now_ms)
    python3 "$SCALE" --posts "$posts" --photos "$photos" --out "$WORK/export$name" >/dev/null
    t1=$(now_ms)
    echo "library $name: generated the export in $(((t1 - t0) / 1000)) s"
    t0=$(now_ms)
    "$KEEPSAKE" import "$WORK/export$name" --library "$WORK/lib$name" >"$WORK/import$name.txt"
    t1=$(now_ms)
    echo "library $name: imported in $(((t1 - t0) / 1000)) s ($(grep -o 'added [0-9]*' "$WORK/import$name.txt"))"
}

# Median of five starts, in ms from exec to the first painted wall.
first_paint() {
    local lib=$1 runs=() t
    for _ in 1 2 3 4 5; do
        t=$("$BENCH" --library "$lib" --started-ms "$(now_ms)" 2>/dev/null | sed -n 's/^first_paint_since_start_ms=//p')
        runs+=("$t")
    done
    printf '%s\n' "${runs[@]}" | sort -n | sed -n 3p
}

build_library 1k 900 100
build_library 100k 98000 2000

echo "== wall: time to the first painted wall =="
f1=$(first_paint "$WORK/lib1k")
f100=$(first_paint "$WORK/lib100k")
echo "first paint, 1,000 memories:   ${f1} ms"
echo "first paint, 100,000 memories: ${f100} ms"
echo "ratio 100k / 1k:               $(python3 -c "print(f'{$f100/$f1:.2f}')")  (aim: <= 1.5)"

echo "== wall: scrolling through the whole 100k wall, one screen per frame =="
"$BENCH" --library "$WORK/lib100k" --scroll 2>/dev/null | tee "$WORK/scroll.txt" | grep -E "rows|frames|total|p50|p99|max|peak"
echo "(aims: frame p99 < 16 ms, peak memory < 300 MB)"
