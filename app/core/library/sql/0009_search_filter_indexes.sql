-- SPDX-License-Identifier: GPL-3.0-or-later
-- What the search engine's first filter reads, each from an index that holds nothing else
-- (issue 12). memories_search_meta also held every place name: at 100,000 memories it was
-- 5 MB to read for a year: or has: filter, and its text made each row slow to decode.
DROP INDEX IF EXISTS memories_search_meta;
-- Dates, authors and kinds, for year:, after:, before:, from:, kind: and has:, read in one pass
-- (a pass over 100,000 rows costs more than its columns). Led by id, so rows are appended in
-- import order and the pages stay full.
CREATE INDEX memories_search_fields ON memories (id, created, utc_offset, author_id, kind);
-- Only the memories that have a place, for has:location.
CREATE INDEX memories_located ON memories (id) WHERE location IS NOT NULL AND location <> '';
-- Which memories have comments, for has:comment (the unique index also holds each key).
CREATE INDEX comments_memory ON comments (memory_id);
-- Which memories have photos or videos, for has:photo and has:video, without reading the paths.
CREATE INDEX memory_media_role ON memory_media (role, memory_id);
