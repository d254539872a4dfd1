#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Peak memory of importing large exports whose messages.js is one huge line (scale.py writes it
# so): 100,000 posts, and the large library (KEEPSAKE_BENCH_BIG_POSTS, default 200,000; the aim
# is for 1,000,000, which takes longer than one bench run may on a small machine).
#   bench/memory_bench.sh BUILD_DIR
set -euo pipefail
BUILD_DIR="$(cd "$1" && pwd)"
# shellcheck source=bench/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
KEEPSAKE="$BUILD_DIR/app/keepsake"
BIG_POSTS="${KEEPSAKE_BENCH_BIG_POSTS:-$(scaled 200000)}"
bench_work

echo "== import peak memory: one-line messages.js =="
ensure_library 100k "$(scaled 100000)" "$(scaled 2000)"
ensure_library big "$BIG_POSTS" "$(scaled 2000)"
mjs() { du -m "$(find "$WORK/export-$1" -name messages.js | head -1)" | cut -f1; }
figure import "peak memory, one-line messages.js" "$(scaled 100000) posts ($(mjs 100k) MB line)" \
    "$(cat "$WORK/lib-100k.import-peak-mb")" MB - - "value<=300" "import took $(cat "$WORK/lib-100k.import-seconds") s"
figure import "peak memory, large export" "$BIG_POSTS posts ($(mjs big) MB line)" \
    "$(cat "$WORK/lib-big.import-peak-mb")" MB - - "value<=500" \
    "aim is for 1,000,000 memories; import took $(cat "$WORK/lib-big.import-seconds") s"
expected=$(python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print(r['posts'])" "$WORK/scale-big.json")
got=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"SELECT COUNT(*) FROM memories WHERE kind = 'post'\").fetchone()[0])" "$WORK/lib-big/keepsake.db")
problems=$(python3 -c "import json,sys; print('; '.join(sorted({p['kind'] + ': ' + p['message'] for p in json.load(open(sys.argv[1]))['problems']}))[:160])" "$WORK/lib-big.report.json")
figure import "posts imported from the large export" "$BIG_POSTS posts" "$got" posts "posts in the export" "$expected" "ratio>=1.0" \
    "must complete; ${problems:-no problems}"
