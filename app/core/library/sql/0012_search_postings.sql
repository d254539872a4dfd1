-- SPDX-License-Identifier: GPL-3.0-or-later
-- The positions of the common characters, packed (PostingList, one to two bytes a position), as
-- the search engine would read them from FTS5 (issue 12: FTS5 walks a doclist at about 35 ns a
-- position, so the first search for a character found 100,000 times took 3-4 ms, and one found
-- a million times 35-50 ms). Written by writeSearchPostings after imports and rebuilds: every
-- token with at least 2,048 positions with them, every other token with an empty blob (so a
-- token with no row is in no memory: FTS5 need not probe its every segment for it), and the
-- empty token, which says the whole vocabulary was written.
-- Every write to the searchable text deletes them all in the same transaction
-- (forgetStoredSearch: the import's commits and searchindex.cpp, the only writers of search_fts),
-- so stale positions are never read: the engine then reads FTS5 as before. Not triggers, for
-- the reason 0011 gives.
CREATE TABLE search_postings (
    token TEXT PRIMARY KEY,
    keys  BLOB NOT NULL
) WITHOUT ROWID;
