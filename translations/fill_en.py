#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills the English plural forms of keepsake_en.ts (run after `ninja update_translations`).

Sources are written with the plural ("%n memories") or "(s)" ("%n photo(s)"); English needs
"1 memory" and "2 memories", so every %n message gets its two forms here. A source the rules
below cannot make a singular of is reported, never left as "1 memories"."""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# Plural word after %n → its singular (only words that follow a count in our sources).
SINGULAR = {"memories": "memory", "Memories": "Memory", "characters": "character", "people": "person", "pages": "page",
            "comments": "comment", "photos": "photo", "files": "file", "years": "year", "days": "day"}
# Words that may stand between the count and its noun ("%n PDF pages", "%n vault files").
BETWEEN = "PDF|vault|unfinished"
# Counts that read the same in both forms ("%n selected", "%n on the wall").
INVARIANT = re.compile(r"%n (selected|on the wall)|Comments \(%n\)")


def forms(source: str):
    plural = source.replace("(s)", "s")
    singular = source.replace("(s)", "")
    if INVARIANT.search(source):
        return singular, plural
    if "(s)" in source:
        singular = singular.replace("%n file need ", "%n file needs ")
        return singular, plural
    match = re.search(rf"%n ((?:(?:{BETWEEN}) )?)(\w+)", singular)
    if match and match.group(2) in SINGULAR:
        words = match.group(1) + match.group(2)
        singular = singular.replace(f"%n {words}", f"%n {match.group(1)}{SINGULAR[match.group(2)]}", 1)
        # "%n memories match" → "1 memory matches"
        singular = singular.replace("%n memory match ", "%n memory matches ")
        # "%n vault files were not backed up" → "1 vault file was not backed up"
        singular = singular.replace(" file were ", " file was ")
        return singular, plural
    return None


def main(path: Path) -> int:
    tree = ET.parse(path)
    unknown = []
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source")
        made = forms(source)
        if made is None:
            unknown.append(source)
            continue
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for text in made:
            ET.SubElement(translation, "numerusform").text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, "r+", encoding="utf-8") as f:  # keep Linguist's doctype line
        body = f.read().replace("<?xml version='1.0' encoding='utf-8'?>",
                                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
        f.seek(0)
        f.write(body)
        f.truncate()
    for source in unknown:
        print(f"no English plural for: {source!r}", file=sys.stderr)
    return 1 if unknown else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("keepsake_en.ts"))))
