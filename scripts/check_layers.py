#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a file of the core includes a layer above its own (docs/OVERVIEW.md, "Layers"), or
when a file of the GUI (app/ui) talks SQL: widgets hold no SQL, the core answers their questions.

Usage: check_layers.py APP_DIR   (the app/ folder). Prints each climbing include and each SQL
spot of app/ui; exit 1 if any.
"""
import pathlib
import re
import sys

# Each folder of app/core and the folders it may include from (besides itself).
ALLOWED = {
    'domain': set(),
    'text': {'domain'},
    'util': {'domain', 'text'},
    'library': {'domain', 'text', 'util'},
    'media': {'domain', 'util'},
    'search': {'domain', 'text', 'util', 'library'},
    'models': {'domain', 'text', 'util', 'library', 'media'},
    'tags': {'domain', 'text', 'util', 'library', 'search'},
    'import': {'domain', 'text', 'util', 'library', 'media'},
    'export': {'domain', 'text', 'util', 'library', 'media', 'search', 'models', 'tags'},
    'service': {'domain', 'text', 'util', 'library', 'media', 'search', 'models', 'tags', 'import', 'export'},
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.MULTILINE)
# app/ui must include none of Qt SQL's headers (<QSqlQuery>, <QtSql/QSqlError>, <QtSql>, …).
QTSQL_INCLUDE = re.compile(r'^\s*#\s*include\s*[<"](?:QtSql/)?(QSql\w*|QtSql)(?:\.h)?[>"]', re.MULTILINE)
# … nor a statement (or a transaction step) in a string literal. Upper case, as the code writes
# SQL: "Select all" or tr("Delete") are words, not statements.
SQL_STATEMENT = re.compile(r'\b(SELECT|INSERT|UPDATE|DELETE|SAVEPOINT|ROLLBACK|PRAGMA)\b')
# A C++ token that may hide a quote: comments, character literals, raw and plain string literals.
TOKEN = re.compile(r'//[^\n]*|/\*.*?\*/|' r"'(?:\\.|[^'\\\n])*'|"
                   r'(?:u8|u|U|L)?R"(?P<delim>[^()\\\s]{0,16})\((?P<raw>.*?)\)(?P=delim)"|'
                   r'(?:u8|u|U|L)?"(?P<plain>(?:\\.|[^"\\\n])*)"', re.DOTALL)


def string_literals(text):
    """(line, contents) of every string literal of a C++ source, comments left out."""
    for m in TOKEN.finditer(text):
        contents = m.group('raw') if m.group('raw') is not None else m.group('plain')
        if contents is not None:
            yield text.count('\n', 0, m.start()) + 1, contents


def ui_sql_problems(ui):
    problems = []
    for path in sorted(ui.rglob('*')):
        if path.suffix not in ('.h', '.cpp'):
            continue
        text = path.read_text(encoding='utf-8')
        for m in QTSQL_INCLUDE.finditer(text):
            line = text.count('\n', 0, m.start()) + 1
            problems.append(f'{path}:{line}: the GUI must not include <{m.group(1)}> (ask the core instead)')
        for line, literal in string_literals(text):
            statement = SQL_STATEMENT.search(literal)
            if statement:
                problems.append(f'{path}:{line}: the GUI must not run SQL ("{statement.group(1)} …" in a string; '
                                'move the query into app/core)')
    return problems


def main(app_dir):
    core = pathlib.Path(app_dir) / 'core'
    problems = []
    for path in sorted(core.rglob('*')):
        if path.suffix not in ('.h', '.cpp'):
            continue
        layer = path.relative_to(core).parts[0]
        if layer not in ALLOWED:
            problems.append(f'{path}: folder "{layer}" has no place in the layering (add it to {__file__})')
            continue
        for included in INCLUDE.findall(path.read_text(encoding='utf-8')):
            parts = included.split('/')
            if len(parts) < 2:
                continue  # a file of the same folder
            target = parts[0]
            if target in ('ui', 'cli') or (target in ALLOWED and target != layer and target not in ALLOWED[layer]):
                problems.append(f'{path}: "{layer}" must not include "{included}" (a layer above it)')
    ui_problems = ui_sql_problems(pathlib.Path(app_dir) / 'ui')
    for p in problems + ui_problems:
        print(p)
    print(f'{len(problems)} climbing includes in {core}')
    print(f'{len(ui_problems)} SQL spots in {pathlib.Path(app_dir) / "ui"}')
    return 1 if problems or ui_problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else 'app'))
