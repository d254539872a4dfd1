#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every sentence the core writes into a problem or a report has a translation entry.

Problems are stored in English and translated when shown (app/core/domain/problemtext.cpp holds
the table of sentences). This check lists the sentence-like string literals of the core's import,
media, library, service, tags, search and export code and fails when one is not in that table, so a new message cannot
reach a Chinese screen in English.

    scripts/check_problem_texts.py APP_CORE_DIR
"""
import re
import sys
from pathlib import Path

LITERAL = re.compile(r'QStringLiteral\(((?:\s*"(?:[^"\\]|\\.)*"\s*)+)\)')
PIECE = re.compile(r'"((?:[^"\\]|\\.)*)"')
# Literals that are not sentences a person reads: SQL, formats, patterns, separators.
NOT_TEXT = re.compile(r'^(SAVEPOINT|ROLLBACK|RELEASE|BEGIN|DROP|VACUUM|extra_json|<img|%1-%2-%3|\(\?<!|'
                      r'yyyy-MM-dd|%1\\n  in: %2$|%1 \(process %2 on %3\)$|%1 at offset %2$| ORDER BY)')
SQL = re.compile(r'\b(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA|WHERE|FROM|AND|IN \(|GROUP BY|strftime)|<>')
# Markup, style sheets and scripts the exporters write (their words come from tr() arguments).
MARKUP = re.compile(r'^\s*[<.:]|[{};]|window\.|^var | loading=')
# Files whose literals are never read by a person: the contrast pairs of the theme check.
NOT_READ = {"export/themes.cpp"}


def sentences(core: Path):
    for sub in ("import", "media", "service", "library", "tags", "search", "export"):
        for path in sorted((core / sub).glob("*.cpp")):
            if str(path.relative_to(core)) in NOT_READ:
                continue
            text = path.read_text(encoding="utf-8")
            for m in LITERAL.finditer(text):
                literal = "".join(PIECE.findall(m.group(1)))
                if " " not in literal or len(literal) <= 10 or SQL.search(literal) or NOT_TEXT.search(literal) \
                        or MARKUP.search(literal):
                    continue
                line = text.count("\n", 0, m.start()) + 1
                yield f"{path.relative_to(core)}:{line}", literal


def table(core: Path):
    text = (core / "domain" / "problemtext.cpp").read_text(encoding="utf-8")
    entries = re.finditer(r'QT_TRANSLATE_NOOP\(\s*"ks::Problem",((?:\s*"(?:[^"\\]|\\.)*")+)\s*\)', text)
    return {"".join(PIECE.findall(m.group(1))) for m in entries}


def main() -> int:
    core = Path(sys.argv[1])
    known = table(core)
    if len(known) < 100:
        print(f"the table in domain/problemtext.cpp holds only {len(known)} sentences: not read right?")
        return 1
    missing = [(where, s) for where, s in sentences(core) if s not in known]
    for where, s in missing:
        print(f"{where}: not in the problem-text table: {s}")
    print(f"{len(known)} sentences in the table, {len(missing)} core sentences missing from it")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
