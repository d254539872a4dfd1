#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Thumbnail throughput on the import benchmark's photos: the wall's ThumbnailProvider against
# vipsthumbnail (Debian libvips-tools) making the same size, one process per core, same run.
#   bench/thumb_bench.sh BUILD_DIR [PHOTOS]
set -euo pipefail
# shellcheck source=bench/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
BUILD_DIR="$(cd "$1" && pwd)"
PHOTOS="${2:-$(scaled 5000)}"
BENCH="$BUILD_DIR/bench/thumb_bench/thumb_bench"
SIZE=320 # the wall's usual bucket: the shorter side, never enlarged
bench_work
export QT_QPA_PLATFORM=offscreen
if ! command -v vipsthumbnail >/dev/null; then
    echo "vipsthumbnail not found (apt-get install libvips-tools)" >&2
    figure thumbnails "throughput vs vipsthumbnail" "$PHOTOS photos" n/a s vipsthumbnail n/a "ratio<=1.0" "not measured: no vipsthumbnail"
    exit 0
fi
# The import benchmark's export when this run made it, else a photo-only one.
if [ -f "$WORK/export-import/.done" ]; then EXPORT="$WORK/export-import"; else
    ensure_export thumbs 10 "$PHOTOS"
    EXPORT="$WORK/export-thumbs"
fi
RUN="$WORK/thumb-run"
rm -rf "$RUN"
mkdir -p "$RUN/vips" "$RUN/cache"
find "$EXPORT" -type f -name '*.jpeg' | sort >"$RUN/list.txt"
n=$(wc -l <"$RUN/list.txt")
echo "== thumbnails: $n photos, shorter side $SIZE px =="
cat "$RUN/list.txt" | xargs cat >/dev/null # both read from the page cache

# Baseline: vipsthumbnail, the shorter side (the photos are landscape: the height) at most SIZE.
t0=$(seconds)
tr '\n' '\0' <"$RUN/list.txt" | VIPS_CONCURRENCY=1 xargs -0 -P "$(nproc)" -n 100 \
    vipsthumbnail -s "x${SIZE}>" -o "$RUN/vips/%s.jpg[Q=85]"
t1=$(seconds)
vips=$(elapsed "$t0" "$t1")
made=$(find "$RUN/vips" -type f | wc -l)

t0=$(seconds)
"$BENCH" "$RUN/cache" "$SIZE" <"$RUN/list.txt" | tee "$RUN/ours.txt"
t1=$(seconds)
ours=$(elapsed "$t0" "$t1")
echo "vipsthumbnail: $made thumbnails in $vips s; keepsake: $(sed -n 's/^thumbnails=//p' "$RUN/ours.txt") in $ours s"
figure thumbnails "time for the same thumbnails" "$n photos, ${SIZE}px" "$ours" s "vipsthumbnail -P $(nproc)" "$vips" "ratio<=1.0" \
    "ratio <= 1.0 is throughput >= 1.0x"
rm -rf "$RUN"
