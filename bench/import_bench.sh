#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Import speed against the floor any importer has to pay: copying the tree and hashing every file.
#   bench/import_bench.sh BUILD_DIR [POSTS] [PHOTOS]
set -euo pipefail
BUILD_DIR="$(cd "$1" && pwd)"
POSTS="${2:-20000}"
PHOTOS="${3:-5000}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SCALE="${KEEPSAKE_SCALE_PY:-$ROOT/../shared/corpus/gen/scale.py}"
KEEPSAKE="$BUILD_DIR/app/keepsake"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/keepsake-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

seconds() { python3 -c 'import sys,time; print(f"{time.time():.3f}")'; }

echo "== import benchmark: $POSTS posts, $PHOTOS photos (scale.py) =="
python3 "$SCALE" --posts "$POSTS" --photos "$PHOTOS" --out "$WORK/export" >"$WORK/scale.json"
cat "$WORK/scale.json"
files=$(find "$WORK/export" -type f | wc -l)
bytes=$(du -sb "$WORK/export" | cut -f1)
echo "tree: $files files, $bytes bytes"
sync

# Baseline: cp -r of the same tree plus sha256sum of every file.
t0=$(seconds)
cp -r "$WORK/export" "$WORK/copy"
find "$WORK/copy" -type f -print0 | xargs -0 sha256sum >/dev/null
sync
t1=$(seconds)
baseline=$(python3 -c "print(f'{$t1-$t0:.3f}')")
# The copy stays until the end: deleting 5,000 files right before the import would make ext4
# skip their recently freed inodes while the import creates its own, a cost the baseline never paid.

# Keepsake: a full import into an empty library, with peak memory from GNU time.
t0=$(seconds)
/usr/bin/time -v "$KEEPSAKE" import "$WORK/export" --library "$WORK/library" --json >"$WORK/report.json" 2>"$WORK/time.txt"
sync
t1=$(seconds)
import=$(python3 -c "print(f'{$t1-$t0:.3f}')")
peak_kb=$(grep "Maximum resident set size" "$WORK/time.txt" | awk '{print $NF}')

# Re-import of the same tree: everything unchanged.
t0=$(seconds)
"$KEEPSAKE" import "$WORK/export" --library "$WORK/library" --json >"$WORK/report2.json"
t1=$(seconds)
reimport=$(python3 -c "print(f'{$t1-$t0:.3f}')")

python3 - "$WORK/report.json" "$WORK/report2.json" <<PY
import json, sys
r1 = json.load(open(sys.argv[1])); r2 = json.load(open(sys.argv[2]))
print(f"import report: added {r1['added']}, media stored {r1['media_stored']}, problems {len(r1['problems'])}")
print(f"re-import report: added {r2['added']}, updated {r2['updated']}, unchanged {r2['unchanged']}")
PY
echo "baseline (cp -r + sha256sum): ${baseline} s"
echo "keepsake import:              ${import} s"
echo "ratio import / baseline:      $(python3 -c "print(f'{$import/$baseline:.2f}')")  (aim: <= 2.0)"
echo "keepsake re-import:           ${reimport} s"
echo "peak memory (import):         $((peak_kb / 1024)) MiB"
