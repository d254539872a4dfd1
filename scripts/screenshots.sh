#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders docs/screenshots/*.png from the bundled sample export, offscreen: every view a person
# sees (wall, post, viewer, 那年今日 with and without memories, people, statistics, the import
# report) in every theme and both languages, and a book spread in every book style and both
# languages.
# Usage: scripts/screenshots.sh [build-dir]   (default: build)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-"$ROOT/build"}
OUT="$ROOT/docs/screenshots"
SAMPLE="$ROOT/resources/sample/keepsake-sample.zip"
cmake --build "$BUILD" --target keepsake keepsake-screenshots wall_bench
mkdir -p "$OUT"
for language in zh_CN en; do
    for theme in classic paper dark contrast; do
        QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 \
            "$BUILD/scripts/keepsake-screenshots" "$SAMPLE" "$OUT" "$language" "$theme"
    done
done

# A book spread (a chapter's first pages) for every style, in both languages.
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$BUILD/app/keepsake" import --library "$WORK/lib" "$SAMPLE" >/dev/null
YEAR=$("$BUILD/app/keepsake" stats --library "$WORK/lib" --json |
    python3 -c "import json,sys; y=json.load(sys.stdin)[\"years\"]; print(max(y, key=y.get))")
for language in zh_CN en; do
    for style in classic paper plain; do
        pdf="$WORK/book-$style-$language.pdf"
        "$BUILD/app/keepsake" --language "$language" book "$YEAR" "$pdf" --library "$WORK/lib" \
            --style "$style" --force --no-review >/dev/null
        pdftoppm -png -r 50 -f 4 -l 5 "$pdf" "$WORK/page-$style-$language"
        left=$(ls "$WORK"/page-"$style"-"$language"-*4.png)
        right=$(ls "$WORK"/page-"$style"-"$language"-*5.png)
        QT_QPA_PLATFORM=offscreen "$BUILD/scripts/keepsake-screenshots" --spread "$left" "$right" \
            "$OUT/book-spread-$style-$language.png"
    done
done
# The year in review, as it is shared (and as the year's book opens), in both languages.
for language in zh_CN en; do
    "$BUILD/app/keepsake" --language "$language" review "$YEAR" --library "$WORK/lib" \
        --image "$OUT/year-review-$language.png" >/dev/null
done
# A wide window: the wall in two columns and View → Photo Grid, in both languages.
for language in zh_CN en; do
    for page in wall grid; do
        name=wall-wide
        [ "$page" = grid ] && name=photo-grid
        KEEPSAKE_WINDOW_SIZE=1600x1000 QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 \
            "$BUILD/bench/wall_bench" --library "$WORK/lib" --page "$page" --language "$language" \
            --screenshot "$OUT/$name-$language.png"
    done
done
ls -l "$OUT"
