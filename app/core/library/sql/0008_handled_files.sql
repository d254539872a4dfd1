-- SPDX-License-Identifier: GPL-3.0-or-later
-- Source files an import handled completely (issue 12), with the file's state then. A later
-- import of the same account finds an unchanged file here (same path, size, mtime, ctime and
-- inode) and skips reading it again, but only when the import that wrote the row finished
-- ('done') and the importer's version is the same; any doubt means the full work.
CREATE TABLE handled_files (
    path            TEXT NOT NULL,      -- absolute path as the import read it
    account_id      INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('media', 'data')),
    size            INTEGER NOT NULL,
    mtime_ns        INTEGER NOT NULL,
    ctime_ns        INTEGER NOT NULL,
    inode           INTEGER NOT NULL,
    version         INTEGER NOT NULL,   -- the importer's (or the vault's) version that read it
    import_id       INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    sha256          TEXT,               -- media: the bytes' SHA-256
    vault_size      INTEGER,            -- media: the vault file's size and mtime when it was checked
    vault_mtime_ns  INTEGER,
    records         INTEGER NOT NULL DEFAULT 0, -- data: the records the file gave
    detail          TEXT,               -- data: a JSON object (the importer's own: keys, paths, …)
    PRIMARY KEY (path, account_id, kind)
);
