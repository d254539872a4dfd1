#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Keepsake benchmarks. Every figure is printed with a baseline measured in the same run (these
# machines are noisy: ratios, not absolute times), then one table of them all; a full run writes
# that table to bench/RESULTS.md with the date and the command.
#   bench/run.sh BUILD_DIR [all|import|thumb|memory|search|wall|export|book ...]
# Exports and libraries are generated once per run in KEEPSAKE_BENCH_WORK (default: a temporary
# folder, removed at the end; set it to keep them between runs). KEEPSAKE_BENCH_BIG_POSTS sizes
# the large library (default 200000).
set -euo pipefail
BUILD_DIR="$(cd "${1:?usage: bench/run.sh BUILD_DIR [all|import|thumb|memory|search|wall|export|book ...]}" && pwd)"
shift || true
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ALL=(import thumb memory search wall export book)
WHICH=("$@")
[ ${#WHICH[@]} -eq 0 ] && WHICH=(all)
[ "${WHICH[0]}" = all ] && WHICH=("${ALL[@]}")

for b in "${WHICH[@]}"; do
    [[ " ${ALL[*]} " == *" $b "* ]] || { echo "unknown benchmark $b (${ALL[*]})" >&2; exit 2; }
done
for exe in app/keepsake bench/wall_bench bench/search_bench/search_bench bench/thumb_bench/thumb_bench; do
    [ -x "$BUILD_DIR/$exe" ] || { echo "build it first: ninja -C $BUILD_DIR (missing $exe)" >&2; exit 2; }
done

if [ -z "${KEEPSAKE_BENCH_WORK:-}" ]; then
    KEEPSAKE_BENCH_WORK="$(mktemp -d "${TMPDIR:-/tmp}/keepsake-bench.XXXXXX")"
    # shellcheck disable=SC2064
    trap "rm -rf '$KEEPSAKE_BENCH_WORK'" EXIT
fi
export KEEPSAKE_BENCH_WORK
export KEEPSAKE_BENCH_FIGURES="$KEEPSAKE_BENCH_WORK/figures.tsv"
: >"$KEEPSAKE_BENCH_FIGURES"

start=$(date +%s)
for b in "${WHICH[@]}"; do
    echo
    "$HERE/${b}_bench.sh" "$BUILD_DIR" || echo "!! the $b benchmark failed (exit $?): its figures are missing"
done
seconds=$(($(date +%s) - start))

results=()
if [ ${#WHICH[@]} -eq ${#ALL[@]} ]; then
    results=(--markdown "${KEEPSAKE_BENCH_RESULTS:-$HERE/RESULTS.md}")
elif [ -n "${KEEPSAKE_BENCH_RESULTS:-}" ]; then
    results=(--markdown "$KEEPSAKE_BENCH_RESULTS")
fi
KEEPSAKE_BENCH_NOTES="${KEEPSAKE_BENCH_NOTES:-$HERE/results-notes.md}" \
    python3 "$HERE/table.py" "$KEEPSAKE_BENCH_FIGURES" "${results[@]}" \
    --command "${KEEPSAKE_BENCH_COMMAND:-bench/run.sh $BUILD_DIR ${WHICH[*]}}" --seconds "$seconds"
