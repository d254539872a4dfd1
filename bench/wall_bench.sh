#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The wall's figures: time to the first painted wall at 1,000 memories and at the large library
# (and their ratio), the cold start at 100,000, frame times while scrolling through the whole
# large wall, and its peak memory.
#   bench/wall_bench.sh BUILD_DIR
# KEEPSAKE_BENCH_BIG_POSTS (default 200000) sizes the large library: 1,000,000 memories take
# longer to generate and import than one bench run may on a small machine.
set -euo pipefail
BUILD_DIR="$(cd "${1:?usage: bench/wall_bench.sh BUILD_DIR}" && pwd)"
# shellcheck source=bench/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
KEEPSAKE="$BUILD_DIR/app/keepsake"
BENCH="$BUILD_DIR/bench/wall_bench"
BIG_POSTS="${KEEPSAKE_BENCH_BIG_POSTS:-$(scaled 200000)}"
bench_work
export QT_QPA_PLATFORM=offscreen

# Median of five starts, in ms from exec to the first painted wall.
first_paint() {
    local lib=$1 runs=() t
    for _ in 1 2 3 4 5; do
        t=$("$BENCH" --library "$lib" --started-ms "$(now_ms)" 2>/dev/null | sed -n 's/^first_paint_since_start_ms=//p')
        runs+=("$t")
    done
    printf '%s\n' "${runs[@]}" | sort -n | sed -n 3p
}
memories() { python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT COUNT(*) FROM memories').fetchone()[0])" "$1/keepsake.db"; }

ensure_library 1k "$(scaled 900)" "$(scaled 100)"
ensure_library 100k "$(scaled 100000)" "$(scaled 2000)"
ensure_library big "$BIG_POSTS" "$(scaled 2000)"
n1=$(memories "$WORK/lib-1k")
n100=$(memories "$WORK/lib-100k")
nbig=$(memories "$WORK/lib-big")

echo "== wall: time to the first painted wall =="
f1=$(first_paint "$WORK/lib-1k")
f100=$(first_paint "$WORK/lib-100k")
fbig=$(first_paint "$WORK/lib-big")
echo "first paint: $n1 memories ${f1} ms, $n100 memories ${f100} ms, $nbig memories ${fbig} ms"
figure wall "first painted wall (vs 1k)" "$nbig memories" "$fbig" ms "first paint at $n1" "$f1" "ratio<=1.5" \
    "1,000,000 not built: see KEEPSAKE_BENCH_BIG_POSTS"
figure wall "cold start to first painted wall" "$n100 memories" "$f100" ms - - "value<400" \
    "wall_bench: exec to the main window's first wall frame"

echo "== wall: scrolling through the whole wall, one screen per frame =="
"$BENCH" --library "$WORK/lib-big" --scroll 2>/dev/null | tee "$WORK/scroll.txt"
val() { sed -n "s/^$1=//p" "$WORK/scroll.txt"; }
figure wall "scroll frame p99" "$nbig memories, $(val scroll_frames) frames" "$(val frame_p99_ms)" ms - - "value<=8"
figure wall "peak memory, scrolling the whole wall" "$nbig memories" "$(val peak_rss_mb)" MB - - "value<=300"
