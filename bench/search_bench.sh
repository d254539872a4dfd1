#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Search latency at scale: a scale.py export imported with keepsake, then search_bench.
#   bench/search_bench.sh BUILD_DIR [POSTS] [PHOTOS]
# SEARCH_BENCH_LIBRARY=DIR keeps the library in DIR and reuses it when it already exists.
set -euo pipefail
BUILD_DIR="$(cd "$1" && pwd)"
POSTS="${2:-100000}"
PHOTOS="${3:-2000}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SCALE="${KEEPSAKE_SCALE_PY:-$ROOT/../shared/corpus/gen/scale.py}"
KEEPSAKE="$BUILD_DIR/app/keepsake"
BENCH="$BUILD_DIR/bench/search_bench/search_bench"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/keepsake-search-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
LIBRARY="${SEARCH_BENCH_LIBRARY:-$WORK/library}"

if [[ ! -x "$BENCH" ]]; then
    echo "build it first: ninja -C $BUILD_DIR search_bench keepsake" >&2
    exit 2
fi
seconds() { python3 -c 'import time; print(f"{time.time():.3f}")'; }

echo "== search benchmark: $POSTS posts, $PHOTOS photos (scale.py) =="
if [[ -d "$LIBRARY" ]]; then
    echo "reusing library $LIBRARY"
else
    python3 "$SCALE" --posts "$POSTS" --photos "$PHOTOS" --out "$WORK/export"
    t0=$(seconds)
    "$KEEPSAKE" import "$WORK/export" --library "$LIBRARY" --json >"$WORK/report.json"
    t1=$(seconds)
    echo "keepsake import (search index included): $(python3 -c "print(f'{$t1-$t0:.1f}')") s"
fi
"$BENCH" "$LIBRARY" 200
