#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Import speed against the floor any importer has to pay: copying the tree and hashing every file;
# then a re-import of the same tree, and peak memory.
#   bench/import_bench.sh BUILD_DIR [POSTS] [PHOTOS]
set -euo pipefail
# shellcheck source=bench/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
BUILD_DIR="$(cd "$1" && pwd)"
POSTS="${2:-$(scaled 20000)}"
PHOTOS="${3:-$(scaled 5000)}"
KEEPSAKE="$BUILD_DIR/app/keepsake"
bench_work
SCALE_TEXT="${POSTS} posts + ${PHOTOS} photos"

echo "== import benchmark: $SCALE_TEXT (scale.py) =="
ensure_export import "$POSTS" "$PHOTOS"
EXPORT="$WORK/export-import"
cat "$WORK/scale-import.json" 2>/dev/null || true
echo "tree: $(find "$EXPORT" -type f | wc -l) files, $(du -sb "$EXPORT" | cut -f1) bytes"
RUN="$WORK/import-run"
rm -rf "$RUN"
mkdir -p "$RUN"
sync

# Baseline: cp -r of the same tree plus sha256sum of every file; then a full import into an empty
# library. Three of each, interleaved, and the medians: one run of either moved by a third from
# one minute to the next on these machines. Nothing is deleted between them: 5,000 files deleted
# right before would make ext4 skip their recently freed inodes while the next run creates its own.
median() { python3 -c 'import sys; v = sorted(float(x) for x in sys.argv[1:]); print(f"{v[len(v) // 2]:.3f}")' "$@"; }
baselines=()
imports=()
for run in 1 2 3; do
    sync
    t0=$(seconds)
    cp -r "$EXPORT" "$RUN/copy-$run"
    find "$RUN/copy-$run" -type f -print0 | xargs -0 sha256sum >/dev/null
    sync
    t1=$(seconds)
    baselines+=("$(elapsed "$t0" "$t1")")
    # Keepsake: a full import into an empty library, with peak memory from GNU time.
    t0=$(seconds)
    /usr/bin/time -v "$KEEPSAKE" import "$EXPORT" --library "$RUN/library-$run" --json \
        >"$RUN/report-$run.json" 2>"$RUN/time-$run.txt"
    sync
    t1=$(seconds)
    imports+=("$(elapsed "$t0" "$t1")")
done
baseline=$(median "${baselines[@]}")
import=$(median "${imports[@]}")
cp "$RUN/report-1.json" "$RUN/report.json"
peak=$(for run in 1 2 3; do peak_mb "$RUN/time-$run.txt"; done | sort -n | tail -1)

# Re-import of the same tree: everything unchanged.
t0=$(seconds)
"$KEEPSAKE" import "$EXPORT" --library "$RUN/library-1" --json >"$RUN/report2.json"
sync
t1=$(seconds)
reimport=$(elapsed "$t0" "$t1")

python3 - "$RUN/report.json" "$RUN/report2.json" <<PY
import json, sys
r1 = json.load(open(sys.argv[1])); r2 = json.load(open(sys.argv[2]))
print(f"import report: added {r1['added']}, media stored {r1['media_stored']}, problems {len(r1['problems'])}")
print(f"re-import report: added {r2['added']}, updated {r2['updated']}, unchanged {r2['unchanged']}")
PY
echo "baseline (cp -r + sha256sum): ${baseline} s (median of ${baselines[*]})"
echo "keepsake import:              ${import} s (median of ${imports[*]})"
echo "keepsake re-import:           ${reimport} s"
figure import "full import" "$SCALE_TEXT" "$import" s "cp -r + sha256sum" "$baseline" "ratio<=1.5"
figure import "re-import, unchanged" "$SCALE_TEXT" "$reimport" s "cp -r + sha256sum" "$baseline" "ratio<=0.3"
figure import "peak memory, import" "$SCALE_TEXT" "$peak" MB - - report
rm -rf "$RUN"
