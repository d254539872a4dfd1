#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders docs/screenshots/*.png from the bundled sample export, offscreen and in Chinese.
# Usage: scripts/screenshots.sh [build-dir]   (default: build)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-"$ROOT/build"}
cmake --build "$BUILD" --target keepsake keepsake-screenshots wall_bench
LIB=$(mktemp -d)
trap 'rm -rf "$LIB"' EXIT
"$BUILD/app/keepsake" import --library "$LIB" "$ROOT/resources/sample/keepsake-sample.zip"
mkdir -p "$ROOT/docs/screenshots"
QT_QPA_PLATFORM=offscreen LANG=zh_CN.UTF-8 LC_ALL=C.UTF-8 \
    "$BUILD/scripts/keepsake-screenshots" "$LIB" "$ROOT/docs/screenshots"
# The wall and 那年今日 (24 June: the sample has memories of that day in earlier years).
for page in wall onthisday; do
    name=$page
    [ "$page" = onthisday ] && name=on-this-day
    QT_QPA_PLATFORM=offscreen LANG=zh_CN.UTF-8 LC_ALL=C.UTF-8 \
        "$BUILD/bench/wall_bench" --library "$LIB" --page "$page" --today 2026-06-24 \
        --screenshot "$ROOT/docs/screenshots/$name.png"
done
# A wide window: the wall in two columns and View → Photo Grid, in both languages.
for lang in zh_CN en; do
    for page in wall grid; do
        name=wall-wide
        [ "$page" = grid ] && name=photo-grid
        KEEPSAKE_WINDOW_SIZE=1600x1000 QT_QPA_PLATFORM=offscreen LANG=zh_CN.UTF-8 LC_ALL=C.UTF-8 \
            "$BUILD/bench/wall_bench" --library "$LIB" --page "$page" --language "$lang" \
            --screenshot "$ROOT/docs/screenshots/$name-$lang.png"
    done
done
ls -l "$ROOT/docs/screenshots"
