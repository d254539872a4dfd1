-- Problem kinds are an open vocabulary (outside, skipped, note, … translated at display time):
-- the table is rebuilt without the CHECK that listed the kinds of 0001.
CREATE TABLE problems_new (
    id          INTEGER PRIMARY KEY,
    import_id   INTEGER REFERENCES imports(id),
    file        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind <> ''),
    message     TEXT NOT NULL,
    memory_key  TEXT NOT NULL DEFAULT '',   -- the memory the file belongs to, '' when none
    media_id    INTEGER REFERENCES media(id) ON DELETE CASCADE,  -- a missing file: solved when it arrives
    UNIQUE (file, kind, memory_key)
);
INSERT INTO problems_new (id, import_id, file, kind, message, memory_key, media_id)
    SELECT id, import_id, file, kind, message, memory_key, media_id FROM problems;
DROP TABLE problems;
ALTER TABLE problems_new RENAME TO problems;
