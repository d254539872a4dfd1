-- SPDX-License-Identifier: GPL-3.0-or-later
-- What the search engine reads of every memory on its first search and first filter after
-- opening (issue 12), stored as two blobs instead of stepping a row per memory (25-50 ms and
-- 35-70 ms at 100,000 memories; 200-800 ms and 500 ms at 1,000,000):
-- - ids: every memory's id, newest first (created DESC, id DESC, undated last), 32 bits each;
-- - fields: what filters read of each, at the same places (SearchFields: local date, author,
--   kind, flags), ten bytes each; NULL when an author id does not fit.
-- The generation tells one write from another, so fields are only read with the order they
-- were written with; it comes first so that it is read without reading the blobs.
-- Written by writeSearchOrder after imports, date corrections and rebuilds. Whatever changes
-- which memories there are, their order or their fields deletes the row in the same statement,
-- so a stale order is never read: the engine then reads the rows as before.
CREATE TABLE search_order (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL,
    ids        BLOB NOT NULL,
    fields     BLOB
);
CREATE TRIGGER search_order_memory_added AFTER INSERT ON memories BEGIN
    DELETE FROM search_order;
END;
CREATE TRIGGER search_order_memory_removed AFTER DELETE ON memories BEGIN
    DELETE FROM search_order;
END;
CREATE TRIGGER search_order_memory_changed
    AFTER UPDATE OF id, created, utc_offset, author_id, kind, location ON memories BEGIN
    DELETE FROM search_order;
END;
CREATE TRIGGER search_order_media_added AFTER INSERT ON memory_media BEGIN
    DELETE FROM search_order;
END;
CREATE TRIGGER search_order_media_removed AFTER DELETE ON memory_media BEGIN
    DELETE FROM search_order;
END;
CREATE TRIGGER search_order_media_moved AFTER UPDATE OF memory_id, role ON memory_media BEGIN
    DELETE FROM search_order;
END;
CREATE TRIGGER search_order_comment_added AFTER INSERT ON comments BEGIN
    DELETE FROM search_order;
END;
CREATE TRIGGER search_order_comment_removed AFTER DELETE ON comments BEGIN
    DELETE FROM search_order;
END;
CREATE TRIGGER search_order_comment_moved AFTER UPDATE OF memory_id ON comments BEGIN
    DELETE FROM search_order;
END;
