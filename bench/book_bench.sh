#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The yearly memory book of a large generated export against Chromium printing the HTML export
# of the same year to PDF, in the same run: times, ratio, peak memory, output sizes.
#   bench/book_bench.sh BUILD_DIR [POSTS] [PHOTOS]
set -euo pipefail
BUILD_DIR="$(cd "$1" && pwd)"
POSTS="${2:-10000}"
PHOTOS="${3:-2000}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SCALE="${KEEPSAKE_SCALE_PY:-$ROOT/../shared/corpus/gen/scale.py}"
KEEPSAKE="$BUILD_DIR/app/keepsake"
CHROMIUM="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/keepsake-book-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

seconds() { python3 -c 'import time; print(f"{time.time():.3f}")'; }
peak() { grep "Maximum resident set size" "$1" | awk '{print $NF}'; }

echo "== book benchmark: $POSTS posts, $PHOTOS photos (scale.py) =="
python3 "$SCALE" --posts "$POSTS" --photos "$PHOTOS" --out "$WORK/export" >"$WORK/scale.json"
"$KEEPSAKE" import "$WORK/export" --library "$WORK/library" --json >"$WORK/import.json"

# The year with the most posts and photos.
read -r YEAR YPOSTS YPHOTOS PHOTO_BYTES < <(python3 - "$WORK/library/keepsake.db" <<'PY'
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
/usr/bin/time -v "$KEEPSAKE" book "$YEAR" "$WORK/book.pdf" --library "$WORK/library" --json >"$WORK/book.json" 2>"$WORK/book-time.txt"
t1=$(seconds)
book=$(python3 -c "print(f'{$t1-$t0:.3f}')")

# The HTML export of the same year (not timed against Chromium: it is its input).
t0=$(seconds)
"$KEEPSAKE" export html "$WORK/site" --year "$YEAR" --library "$WORK/library" >/dev/null
t1=$(seconds)
html=$(python3 -c "print(f'{$t1-$t0:.3f}')")

chrome="n/a"
chrome_peak="n/a"
chrome_bytes=0
chrome_pages="n/a"
if [ -n "$CHROMIUM" ]; then
    t0=$(seconds)
    /usr/bin/time -v "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking \
        --disable-component-update --no-first-run --user-data-dir="$WORK/chrome-profile" --no-pdf-header-footer \
        --print-to-pdf="$WORK/chrome.pdf" "file://$WORK/site/print.html" >/dev/null 2>"$WORK/chrome-time.txt" || true
    t1=$(seconds)
    chrome=$(python3 -c "print(f'{$t1-$t0:.3f}')")
    chrome_peak=$(peak "$WORK/chrome-time.txt")
    chrome_bytes=$(stat -c %s "$WORK/chrome.pdf" 2>/dev/null || echo 0)
    chrome_pages=$(pdfinfo "$WORK/chrome.pdf" 2>/dev/null | awk '/^Pages:/{print $2}')
else
    echo "chromium not found: set CHROMIUM=… to compare"
fi

book_bytes=$(stat -c %s "$WORK/book.pdf")
book_pages=$(pdfinfo "$WORK/book.pdf" 2>/dev/null | awk '/^Pages:/{print $2}')
python3 - "$book" "$chrome" "$html" "$(peak "$WORK/book-time.txt")" "$chrome_peak" "$book_bytes" "$chrome_bytes" \
    "$PHOTO_BYTES" "$book_pages" "$chrome_pages" "$WORK/book.json" <<'PY'
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
