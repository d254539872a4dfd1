-- SPDX-License-Identifier: GPL-3.0-or-later
-- Two report lines that are no fault of a file: 'note' (something the person should know about
-- what was read, e.g. pictures no post could be matched to, kept unattached) and 'elsewhere'
-- (more of the same export lies outside the dropped folder). SQLite cannot change a CHECK, so
-- the table is rebuilt with the same rows.
CREATE TABLE problems_new (
    id          INTEGER PRIMARY KEY,
    import_id   INTEGER REFERENCES imports(id),
    file        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('missing', 'placeholder', 'zero-byte', 'corrupt', 'unreadable',
                                             'encoding', 'unsafe-path', 'too-large', 'unsupported', 'vanished',
                                             'malformed', 'note', 'elsewhere')),
    message     TEXT NOT NULL,
    memory_key  TEXT NOT NULL DEFAULT '',   -- the memory the file belongs to, '' when none
    media_id    INTEGER REFERENCES media(id) ON DELETE CASCADE,  -- a missing file: solved when it arrives
    UNIQUE (file, kind, memory_key)
);
INSERT INTO problems_new (id, import_id, file, kind, message, memory_key, media_id)
    SELECT id, import_id, file, kind, message, memory_key, media_id FROM problems;
DROP TABLE problems;
ALTER TABLE problems_new RENAME TO problems;
