-- SPDX-License-Identifier: GPL-3.0-or-later
-- keepsake:schema-text
-- The CHECKs that list a column's values with IN become the same test written as comparisons:
-- SQLite builds a table of an IN list's values for every row it checks (25k bench tree, four
-- interleaved imports each, two runs: 2.04 s against 2.25 s, 1.89 s against 1.96 s). The stored
-- rows stay as they are (every row that passed the list passes the comparisons); only each
-- table's CREATE text in sqlite_schema changes (see editSchemaText in database.cpp).
UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (kind IN (''post'', ''blog'', ''diary'', ''photo'', ''album'', ''video'',
                                                  ''board'', ''favorite'', ''share'', ''visit''))',
    'CHECK (kind = ''post'' OR kind = ''blog'' OR kind = ''diary'' OR kind = ''photo'' OR kind = ''album'' OR kind = ''video'' OR kind = ''board'' OR kind = ''favorite'' OR kind = ''share'' OR kind = ''visit'')')
WHERE type = 'table' AND name = 'memories';
UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (status IN (''ok'', ''missing'', ''damaged'', ''placeholder''))',
    'CHECK (status = ''ok'' OR status = ''missing'' OR status = ''damaged'' OR status = ''placeholder'')')
WHERE type = 'table' AND name = 'media';
UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (role IN (''image'', ''video'', ''poster'', ''audio'', ''file''))',
    'CHECK (role = ''image'' OR role = ''video'' OR role = ''poster'' OR role = ''audio'' OR role = ''file'')')
WHERE type = 'table' AND name = 'memory_media';
UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (role IN (''mention'', ''like'', ''visitor'', ''recipient''))',
    'CHECK (role = ''mention'' OR role = ''like'' OR role = ''visitor'' OR role = ''recipient'')')
WHERE type = 'table' AND name = 'memory_people';
