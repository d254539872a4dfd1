-- SPDX-License-Identifier: GPL-3.0-or-later
-- Every memory's id, newest first (created DESC, id DESC, undated last), as one blob of
-- little-endian 32-bit ids: the search engine's first search after opening reads it instead of
-- stepping a row per memory (issue 12: 25-50 ms at 100,000 memories, 200-800 ms at 1,000,000).
-- Written by writeSearchOrder after imports, date corrections and rebuilds. Any change to which
-- memories exist or to their dates deletes it in the same statement, so a stale order is never
-- read: the engine then reads the rows as before.
CREATE TABLE search_order (
    id  INTEGER PRIMARY KEY CHECK (id = 1),
    ids BLOB NOT NULL
);
CREATE TRIGGER search_order_memory_added AFTER INSERT ON memories BEGIN
    DELETE FROM search_order;
END;
CREATE TRIGGER search_order_memory_removed AFTER DELETE ON memories BEGIN
    DELETE FROM search_order;
END;
CREATE TRIGGER search_order_memory_moved AFTER UPDATE OF id, created ON memories BEGIN
    DELETE FROM search_order;
END;
