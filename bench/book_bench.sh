#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The yearly memory book of a large generated export against Chromium printing the HTML export
# of the same year to PDF, in the same run: times, ratio, peak memory, output sizes; then the
# whole decade in one PDF (peak memory).
#   bench/book_bench.sh BUILD_DIR [POSTS] [PHOTOS]
set -euo pipefail
# shellcheck source=bench/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
BUILD_DIR="$(cd "$1" && pwd)"
POSTS="${2:-$(scaled 10000)}"
PHOTOS="${3:-$(scaled 10000)}"
KEEPSAKE="$BUILD_DIR/app/keepsake"
CHROMIUM="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}"
bench_work
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
peak() { grep "Maximum resident set size" "$1" | awk '{print $NF}'; }

echo "== book benchmark: $POSTS posts, $PHOTOS photos over nine years (scale.py) =="
ensure_library book "$POSTS" "$PHOTOS"
RUN="$WORK/book-run"
rm -rf "$RUN"
mkdir -p "$RUN"
LIB="$WORK/lib-book"

# The year with the most posts and photos.
read -r YEAR YPOSTS YPHOTOS PHOTO_BYTES < <(python3 - "$LIB/keepsake.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute("""SELECT CAST(strftime('%Y', created + utc_offset, 'unixepoch') AS INTEGER) y,
                            SUM(kind = 'post'), SUM(kind = 'photo') FROM memories WHERE created IS NOT NULL
                     GROUP BY y ORDER BY SUM(kind = 'post') + SUM(kind = 'photo') DESC LIMIT 1""").fetchall()
y, posts, photos = rows[0]
size = db.execute("""SELECT COALESCE(SUM(size), 0) FROM media WHERE id IN (SELECT mm.media_id FROM memory_media mm
                     JOIN memories m ON m.id = mm.memory_id WHERE m.created IS NOT NULL AND
                     CAST(strftime('%Y', m.created + m.utc_offset, 'unixepoch') AS INTEGER) = ?)""", (y,)).fetchone()[0]
print(y, posts, photos, size)
PY
)
echo "year $YEAR: $YPOSTS posts, $YPHOTOS photos, $PHOTO_BYTES bytes of pictures in the library"

# Keepsake's book (A4), with peak memory.
t0=$(seconds)
/usr/bin/time -v "$KEEPSAKE" book "$YEAR" "$RUN/book.pdf" --library "$LIB" --json >"$RUN/book.json" 2>"$RUN/book-time.txt"
t1=$(seconds)
book=$(python3 -c "print(f'{$t1-$t0:.3f}')")

# The HTML export of the same year (not timed against Chromium: it is its input).
t0=$(seconds)
"$KEEPSAKE" export html "$RUN/site" --year "$YEAR" --library "$LIB" >/dev/null
t1=$(seconds)
html=$(python3 -c "print(f'{$t1-$t0:.3f}')")

chrome="n/a"
chrome_peak="n/a"
chrome_bytes=0
chrome_pages="n/a"
if [ -n "$CHROMIUM" ]; then
    t0=$(seconds)
    /usr/bin/time -v "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking \
        --disable-component-update --no-first-run --user-data-dir="$RUN/chrome-profile" --no-pdf-header-footer \
        --print-to-pdf="$RUN/chrome.pdf" "file://$RUN/site/print.html" >/dev/null 2>"$RUN/chrome-time.txt" || true
    t1=$(seconds)
    chrome=$(python3 -c "print(f'{$t1-$t0:.3f}')")
    chrome_peak=$(peak "$RUN/chrome-time.txt")
    chrome_bytes=$(stat -c %s "$RUN/chrome.pdf" 2>/dev/null || echo 0)
    chrome_pages=$(pdfinfo "$RUN/chrome.pdf" 2>/dev/null | awk '/^Pages:/{print $2}')
else
    echo "chromium not found: set CHROMIUM=… to compare"
fi

book_bytes=$(stat -c %s "$RUN/book.pdf")
book_pages=$(pdfinfo "$RUN/book.pdf" 2>/dev/null | awk '/^Pages:/{print $2}')
python3 - "$book" "$chrome" "$html" "$(peak "$RUN/book-time.txt")" "$chrome_peak" "$book_bytes" "$chrome_bytes" \
    "$PHOTO_BYTES" "$book_pages" "$chrome_pages" "$RUN/book.json" <<'PY'
import json, sys
book, chrome, html, bpeak, cpeak, bbytes, cbytes, photos, bpages, cpages, report = sys.argv[1:]
r = json.load(open(report))
print(f"book (keepsake, A4):      {float(book):8.2f} s   peak {int(bpeak) / 1024:7.0f} MB   "
      f"{bpages} pages   {int(bbytes) / 1e6:7.1f} MB   ({r['memories']} memories, {r['photos']} pictures placed)")
if chrome != "n/a":
    print(f"chromium --print-to-pdf:  {float(chrome):8.2f} s   peak {int(cpeak) / 1024:7.0f} MB   "
          f"{cpages} pages   {int(cbytes) / 1e6:7.1f} MB")
    print(f"ratio book / chromium:    {float(book) / float(chrome):8.2f}   (aim: <= 1)")
print(f"html export (its input):  {float(html):8.2f} s")
print(f"pictures in the library:  {int(photos) / 1e6:8.1f} MB;  book PDF is {int(bbytes) / max(1, int(photos)):.2f}x that")
PY
figure book "yearly book" "year $YEAR: $YPOSTS posts, $YPHOTOS photos" "$book" s "chromium --print-to-pdf" "$chrome" "ratio<=0.1" \
    "chromium prints the same year's HTML export"
figure book "peak memory, yearly book" "year $YEAR" "$(peak_mb "$RUN/book-time.txt")" MB - - report

# The whole decade in one PDF (the same BookExporter, every year of the library).
t0=$(seconds)
/usr/bin/time -v "$KEEPSAKE" export pdf "$RUN/decade.pdf" --from 2000-01-01 --to 2030-12-31 --library "$LIB" \
    >"$RUN/decade.txt" 2>"$RUN/decade-time.txt" || echo "decade book failed: $(tail -3 "$RUN/decade-time.txt")"
t1=$(seconds)
echo "decade book: $(elapsed "$t0" "$t1") s, $(pdfinfo "$RUN/decade.pdf" 2>/dev/null | awk '/^Pages:/{print $2}') pages," \
    "peak $(peak_mb "$RUN/decade-time.txt") MB"
figure book "peak memory, decade book" "$POSTS posts + $PHOTOS photos, every year" "$(peak_mb "$RUN/decade-time.txt")" MB - - "value<600" \
    "$(elapsed "$t0" "$t1") s, $(pdfinfo "$RUN/decade.pdf" 2>/dev/null | awk '/^Pages:/{print $2}') pages"
rm -rf "$RUN"
