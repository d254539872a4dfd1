#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Keepsake benchmarks. Prints figures with a baseline measured in the same run, since machines are noisy.
#   bench/run.sh BUILD_DIR [import|wall|search|book]
set -euo pipefail
BUILD_DIR="$(cd "${1:?usage: bench/run.sh BUILD_DIR [import|wall|search]}" && pwd)"
shift || true
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WHICH="${1:-all}"

case "$WHICH" in
all)
    "$HERE/import_bench.sh" "$BUILD_DIR"
    "$HERE/wall_bench.sh" "$BUILD_DIR"
    "$HERE/search_bench.sh" "$BUILD_DIR"
    "$HERE/book_bench.sh" "$BUILD_DIR"
    ;;
import) "$HERE/import_bench.sh" "$BUILD_DIR" ;;
wall) "$HERE/wall_bench.sh" "$BUILD_DIR" ;;
search) "$HERE/search_bench.sh" "$BUILD_DIR" ;;
book) "$HERE/book_bench.sh" "$BUILD_DIR" ;;
*) echo "unknown benchmark $WHICH" >&2; exit 2 ;;
esac
