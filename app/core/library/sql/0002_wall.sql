-- SPDX-License-Identifier: GPL-3.0-or-later
-- The wall's items, derived from memories after every import (WallIndex::rebuild). Photos
-- uploaded to one album on one local day are one item ("上传了 23 张照片到《毕业旅行》").
CREATE TABLE wall_items (
    id          INTEGER PRIMARY KEY,
    sort_time   INTEGER NOT NULL,           -- epoch seconds UTC (newest photo of a group); 0 when unknown
    local_month INTEGER NOT NULL,           -- yyyymm in the memory's own local time; 0 when unknown
    local_day   INTEGER NOT NULL,           -- yyyymmdd, for grouping
    month_day   INTEGER NOT NULL,           -- mmdd, for 那年今日
    kind        TEXT NOT NULL,              -- memory kind, or 'photos' for an upload group
    memory_id   INTEGER NOT NULL REFERENCES memories(id) ON DELETE CASCADE, -- the item, or a group's newest photo
    album_id    INTEGER,
    item_count  INTEGER NOT NULL DEFAULT 1, -- photos in a group
    has_media   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX wall_items_time ON wall_items (sort_time, id);
CREATE INDEX wall_items_month ON wall_items (local_month, sort_time);
CREATE INDEX wall_items_kind ON wall_items (kind, sort_time);
CREATE INDEX wall_items_month_day ON wall_items (month_day, local_day);
CREATE INDEX wall_items_memory ON wall_items (memory_id);

-- What the user asked 那年今日 not to show again: a person, a date (yyyymmdd) or a tag.
CREATE TABLE on_this_day_hidden (
    what        TEXT NOT NULL CHECK (what IN ('person', 'date', 'tag')),
    value       INTEGER NOT NULL,   -- people.id, yyyymmdd, or tags.id
    PRIMARY KEY (what, value)
);
