#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the hicolor PNGs from resources/icons/keepsake.svg (needs rsvg-convert from librsvg2-bin).
# The PNGs are committed; run this again after changing the SVG.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
svg="$here/../../resources/icons/keepsake.svg"
for size in 16 22 24 32 48 64 128 256 512; do
    dir="$here/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$dir/org.keepsake.Keepsake.png"
done
