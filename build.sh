#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One entry point for a fresh Debian 12 machine:
#   ./build.sh run      install what is missing, build, start Keepsake (with the sample when the library is empty)
#   ./build.sh test     install what is missing, build, run every test through CTest
#   ./build.sh package  build the .deb (CPack)
#   ./build.sh bench    install what is missing (also bench-deps.txt), build, run every benchmark in bench/
#                       and print one table of them (written to bench/RESULTS.md)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BUILD_DIR="${KEEPSAKE_BUILD_DIR:-$ROOT/build}"
COMMAND="${1:-run}"
[ $# -gt 0 ] && shift

# install_dependencies [EXTRA_LIST…]: packaging/debian/build-deps.txt plus the lists given.
install_dependencies() {
    local wanted missing=()
    mapfile -t wanted < <(cat "$ROOT/packaging/debian/build-deps.txt" "$@" | grep -v '^\s*#' | sed 's/\s*#.*//' | grep -v '^\s*$')
    for pkg in "${wanted[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "Keepsake needs these Debian packages. Please run:" >&2
        echo "  sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
    echo "==> Installing ${#missing[@]} Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    local werror=OFF
    # CI treats warnings in project code as errors; a user's newer compiler should not break their build.
    # A fresh CI machine builds once and throws the tree away: no debug information, which is a
    # good part of a clean build's compile and link time. People keep it for their bug reports.
    local build_type=RelWithDebInfo
    if [ "${CI:-}" = "true" ]; then
        werror=ON
        build_type=Release
    fi
    # Release is the same -O2 as RelWithDebInfo (CMake's default -O3 compiles slower).
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" \
        -DKEEPSAKE_WERROR="$werror" >/dev/null
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}

case "$COMMAND" in
run)
    install_dependencies
    configure_and_build
    exec "$BUILD_DIR/app/keepsake" --open-sample "$@"
    ;;
test)
    install_dependencies
    configure_and_build
    cd "$BUILD_DIR"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" "$@"
    ;;
package)
    install_dependencies
    configure_and_build
    cmake --build "$BUILD_DIR" --target package
    ls -l "$BUILD_DIR"/*.deb
    ;;
bench)
    install_dependencies "$ROOT/packaging/debian/bench-deps.txt"
    configure_and_build
    KEEPSAKE_BENCH_COMMAND="./build.sh bench $*" exec "$ROOT/bench/run.sh" "$BUILD_DIR" "$@"
    ;;
*)
    echo "usage: $0 run|test|package|bench" >&2
    exit 2
    ;;
esac
