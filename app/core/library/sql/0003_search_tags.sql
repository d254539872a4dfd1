-- SPDX-License-Identifier: GPL-3.0-or-later
-- Search index v2: one token per character of the folded text (SearchIndex::segmentFolded),
-- read by the byte-level 'ascii' tokenizer so no token is dropped, merged or folded again
-- (unicode61 dropped punctuation and emoji and folded é to e, so phrases matched more than the
-- text holds). Database::open rebuilds the index when search_meta says it is stale.
DROP TRIGGER search_docs_delete;
DROP TABLE search_fts;
CREATE VIRTUAL TABLE search_fts USING fts5 (segmented, tokenize = 'ascii', columnsize = 0);
CREATE TRIGGER search_docs_delete AFTER DELETE ON search_docs BEGIN
    DELETE FROM search_fts WHERE rowid = old.memory_id;
END;

CREATE TABLE search_meta (
    key         TEXT PRIMARY KEY,
    value       TEXT
);

-- Searches the user keeps in the sidebar, in their order.
CREATE TABLE saved_searches (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (name <> ''),
    query       TEXT NOT NULL CHECK (query <> ''),
    position    INTEGER NOT NULL DEFAULT 0,
    created     INTEGER
);

CREATE INDEX tags_parent ON tags (parent_id);
