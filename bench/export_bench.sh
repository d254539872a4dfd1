#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The HTML export of the whole 100,000-memory library: time and peak memory, against cp -r of
# the library's vault (the photos the export makes its web copies of), in the same run.
#   bench/export_bench.sh BUILD_DIR
set -euo pipefail
BUILD_DIR="$(cd "$1" && pwd)"
# shellcheck source=bench/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
KEEPSAKE="$BUILD_DIR/app/keepsake"
bench_work
export QT_QPA_PLATFORM=offscreen

ensure_library 100k "$(scaled 100000)" "$(scaled 2000)"
LIB="$WORK/lib-100k"
RUN="$WORK/export-run"
rm -rf "$RUN"
mkdir -p "$RUN"
n=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT COUNT(*) FROM memories').fetchone()[0])" "$LIB/keepsake.db")
echo "== HTML export: $n memories =="
sync
t0=$(seconds)
cp -r "$LIB/vault" "$RUN/vault-copy"
sync
t1=$(seconds)
baseline=$(elapsed "$t0" "$t1")
t0=$(seconds)
/usr/bin/time -v "$KEEPSAKE" export html "$RUN/site" --library "$LIB" >"$RUN/export.txt" 2>"$RUN/time.txt" ||
    { echo "export failed:"; tail -5 "$RUN/time.txt"; }
sync
t1=$(seconds)
export_s=$(elapsed "$t0" "$t1")
echo "cp -r vault: $baseline s ($(du -sh "$RUN/vault-copy" | cut -f1)); export html: $export_s s" \
    "($(find "$RUN/site" -type f | wc -l) files, $(du -sh "$RUN/site" | cut -f1)), peak $(peak_mb "$RUN/time.txt") MB"
figure export "HTML export, whole library" "$n memories" "$export_s" s "cp -r of the vault" "$baseline" report
figure export "peak memory, HTML export" "$n memories" "$(peak_mb "$RUN/time.txt")" MB - - report
rm -rf "$RUN"
