-- SPDX-License-Identifier: GPL-3.0-or-later
-- Dates put right by the person (issue 13). memories.created holds the corrected date, so the
-- wall, 那年今日, search, exports and the book all use it; the date the source gave is kept
-- here, and an import never writes over a corrected date.
CREATE TABLE date_corrections (
    memory_id           INTEGER PRIMARY KEY REFERENCES memories(id) ON DELETE CASCADE,
    original_created    INTEGER,            -- as imported; NULL when the source had no date
    original_utc_offset INTEGER NOT NULL,
    corrected_at        INTEGER NOT NULL    -- epoch seconds of the latest correction
);

-- Every change, for undo: one batch per command or dialog, newest batch undone first.
CREATE TABLE date_changes (
    id                  INTEGER PRIMARY KEY,
    batch               INTEGER NOT NULL,
    memory_id           INTEGER NOT NULL REFERENCES memories(id) ON DELETE CASCADE,
    before_created      INTEGER,
    before_utc_offset   INTEGER NOT NULL,
    after_created       INTEGER NOT NULL,
    after_utc_offset    INTEGER NOT NULL,
    how                 TEXT NOT NULL CHECK (how IN ('set', 'shift', 'camera'))
);
CREATE INDEX date_changes_batch ON date_changes (batch);
