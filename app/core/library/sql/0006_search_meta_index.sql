-- What the search engine loads on its first search (id, kind, date, author, has-a-place) in
-- newest-first order, from an index instead of the memories' rows: those hold the whole source
-- record, and at 100,000 memories reading them all was most of a second.
CREATE INDEX memories_search_meta ON memories (created, id, kind, utc_offset, author_id, location);
