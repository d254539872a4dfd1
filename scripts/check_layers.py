#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a file of the core includes a layer above its own (docs/OVERVIEW.md, "Layers").

Usage: check_layers.py APP_DIR   (the app/ folder). Prints each climbing include; exit 1 if any.
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
    for p in problems:
        print(p)
    print(f'{len(problems)} climbing includes in {core}')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else 'app'))
