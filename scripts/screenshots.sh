#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders docs/screenshots/*.png from the bundled sample export, offscreen and in Chinese.
# Usage: scripts/screenshots.sh [build-dir]   (default: build)
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-"$ROOT/build"}
cmake --build "$BUILD" --target keepsake keepsake-screenshots
LIB=$(mktemp -d)
trap 'rm -rf "$LIB"' EXIT
"$BUILD/app/keepsake" import --library "$LIB" "$ROOT/resources/sample/keepsake-sample.zip"
mkdir -p "$ROOT/docs/screenshots"
QT_QPA_PLATFORM=offscreen LANG=zh_CN.UTF-8 LC_ALL=C.UTF-8 \
    "$BUILD/scripts/keepsake-screenshots" "$LIB" "$ROOT/docs/screenshots"
