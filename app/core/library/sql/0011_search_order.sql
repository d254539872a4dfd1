-- SPDX-License-Identifier: GPL-3.0-or-later
-- What the search engine reads of every memory on its first search and first filter after
-- opening (issue 12), stored as two blobs instead of stepping a row per memory (25-50 ms and
-- 35-70 ms at 100,000 memories; 200-800 ms and 500 ms at 1,000,000):
-- - ids: every memory's id, newest first (created DESC, id DESC, undated last), 32 bits each;
-- - fields: what filters read of each, at the same places (SearchFields: local date, author,
--   kind, flags), ten bytes each; NULL when an author id does not fit.
-- The generation tells one write from another, so fields are only read with the order they
-- were written with; it and max_id come first so that they are read without the blobs.
-- Written by writeSearchOrder after imports, date corrections and rebuilds. Every writer that
-- changes which memories there are, their dates, authors, kinds, places, media or comments
-- deletes the row in the same transaction (forgetStoredSearch), so a stale order is never
-- read; and the engine only trusts it while max_id is still the largest memory id. Not
-- triggers: a trigger on a table written in the same transaction as FTS5 makes every statement
-- a savepoint, at which FTS5 flushes a segment (an import took 15% longer).
CREATE TABLE search_order (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL,
    max_id     INTEGER NOT NULL,
    ids        BLOB NOT NULL,
    fields     BLOB
);
