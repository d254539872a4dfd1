-- SPDX-License-Identifier: GPL-3.0-or-later
-- Keepsake library schema, version 1. Times are epoch seconds (UTC) plus the original
-- local offset in seconds (QQ Space writes wall-clock UTC+8, so the default is 28800).

CREATE TABLE accounts (
    id          INTEGER PRIMARY KEY,
    uin         TEXT NOT NULL UNIQUE CHECK (uin <> ''),
    nickname    TEXT,
    profile_json TEXT           -- user info, 留言板 寄语 (owner's message), space name…: a JSON object
);

CREATE TABLE people (
    id              INTEGER PRIMARY KEY,
    uin             TEXT UNIQUE,              -- NULL when a source only gives a name
    name            TEXT NOT NULL DEFAULT '', -- latest name seen
    remark          TEXT,                     -- the owner's 备注 for this friend
    group_name      TEXT,
    friend_since    INTEGER,                  -- epoch seconds, NULL when unknown
    is_friend       INTEGER NOT NULL DEFAULT 0 CHECK (is_friend IN (0, 1)),
    source_json     TEXT                      -- the untouched friend record, when there is one
);

-- Every name a person went by, so an old 留言 still shows who it was.
CREATE TABLE person_names (
    person_id   INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    name        TEXT NOT NULL CHECK (name <> ''),
    first_seen  INTEGER,
    last_seen   INTEGER,
    PRIMARY KEY (person_id, name)
);

CREATE TABLE imports (
    id          INTEGER PRIMARY KEY,
    source_path TEXT NOT NULL,
    source_kind TEXT,                 -- detected format, e.g. qzoneexport-v2
    started     INTEGER NOT NULL,
    finished    INTEGER,
    status      TEXT NOT NULL DEFAULT 'running'
                CHECK (status IN ('running', 'done', 'cancelled', 'failed')),
    added       INTEGER NOT NULL DEFAULT 0,
    updated     INTEGER NOT NULL DEFAULT 0,
    unchanged   INTEGER NOT NULL DEFAULT 0,
    report_json TEXT
);

CREATE TABLE albums (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES accounts(id),
    album_key   TEXT NOT NULL CHECK (album_key <> ''),
    name        TEXT,
    description TEXT,
    category    TEXT,
    UNIQUE (account_id, album_key)
);

CREATE TABLE memories (
    id              INTEGER PRIMARY KEY,
    account_id      INTEGER NOT NULL REFERENCES accounts(id),
    kind            TEXT NOT NULL CHECK (kind IN ('post', 'blog', 'diary', 'photo', 'album', 'video',
                                                  'board', 'favorite', 'share', 'visit')),
    key             TEXT NOT NULL CHECK (key <> ''),   -- stable source key: post:<tid>, photo:<picKey>, …
    author_id       INTEGER REFERENCES people(id),
    created         INTEGER,                            -- epoch seconds UTC; NULL when truly unknown
    utc_offset      INTEGER NOT NULL DEFAULT 28800,
    title           TEXT,
    body_text       TEXT,                               -- raw QQ markup ([em], @{uin:…}) kept as written
    body_html       TEXT,                               -- blogs, diaries, board messages
    location        TEXT,
    latitude        REAL,
    longitude       REAL,
    device          TEXT,
    album_id        INTEGER REFERENCES albums(id) ON DELETE SET NULL,
    like_count      INTEGER,
    extra_json      TEXT,                               -- modelled extras: repost original, exif object, category…
    source_json     TEXT NOT NULL,                      -- the first untouched source record
    match_key       TEXT,                               -- kind|minute|hash of normalised text: merges id-less sources
    UNIQUE (account_id, key)
);
CREATE INDEX memories_match ON memories (account_id, match_key);
CREATE INDEX memories_created ON memories (created, id);
CREATE INDEX memories_kind_created ON memories (kind, created, id);
CREATE INDEX memories_album ON memories (album_id);

-- Provenance: every source record a memory was seen in, untouched, once per distinct record.
CREATE TABLE memory_sources (
    id          INTEGER PRIMARY KEY,
    memory_id   INTEGER NOT NULL REFERENCES memories(id) ON DELETE CASCADE,
    import_id   INTEGER NOT NULL REFERENCES imports(id),
    source_file TEXT NOT NULL,
    record_sha  TEXT NOT NULL,
    record      TEXT NOT NULL,
    UNIQUE (memory_id, record_sha)
);

-- People a memory involves besides its author: @mentions, visitors, likers.
CREATE TABLE memory_people (
    memory_id   INTEGER NOT NULL REFERENCES memories(id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role IN ('mention', 'like', 'visitor', 'recipient')),
    PRIMARY KEY (memory_id, person_id, role)
);
CREATE INDEX memory_people_person ON memory_people (person_id);

CREATE TABLE comments (
    id          INTEGER PRIMARY KEY,
    memory_id   INTEGER NOT NULL REFERENCES memories(id) ON DELETE CASCADE,
    parent_id   INTEGER REFERENCES comments(id) ON DELETE CASCADE,   -- replies, at any depth
    key         TEXT NOT NULL,          -- hash of parent key + author + time + text: merges across tools
    author_id   INTEGER REFERENCES people(id),
    author_name TEXT,
    created     INTEGER,
    utc_offset  INTEGER NOT NULL DEFAULT 28800,
    body_text   TEXT NOT NULL DEFAULT '',
    source_json TEXT,
    UNIQUE (memory_id, key),
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX comments_parent ON comments (parent_id);
CREATE INDEX comments_author ON comments (author_id);

-- One row per distinct file, by content. A row with sha256 NULL is a file the export
-- mentions but did not contain ("missing"); it is filled when the file turns up.
CREATE TABLE media (
    id              INTEGER PRIMARY KEY,
    sha256          TEXT UNIQUE CHECK (sha256 IS NULL OR length(sha256) = 64),
    vault_path      TEXT,               -- relative to the library folder: vault/ab/abcdef….jpg
    mime            TEXT,
    size            INTEGER,
    width           INTEGER,
    height          INTEGER,
    duration_ms     INTEGER,
    taken_local     TEXT,               -- EXIF DateTimeOriginal as written (camera wall clock)
    camera_make     TEXT,
    camera_model    TEXT,
    orientation     INTEGER,
    gps_lat         REAL,
    gps_lon         REAL,
    status          TEXT NOT NULL DEFAULT 'ok'
                    CHECK (status IN ('ok', 'missing', 'damaged', 'placeholder')),
    CHECK ((status = 'missing') = (sha256 IS NULL))
);

-- Media of a memory, in order, with the name and path the export used for it.
CREATE TABLE memory_media (
    memory_id       INTEGER NOT NULL REFERENCES memories(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL CHECK (position >= 0),
    media_id        INTEGER NOT NULL REFERENCES media(id),
    role            TEXT NOT NULL DEFAULT 'image' CHECK (role IN ('image', 'video', 'poster', 'audio', 'file')),
    original_name   TEXT,
    source_path     TEXT,               -- path relative to the export root, as the export named it
    PRIMARY KEY (memory_id, position)
);
CREATE INDEX memory_media_media ON memory_media (media_id);

-- Every media file seen in a source folder, by its path relative to the export root, so a
-- text-only half and a media-only half of the same export find each other in either order.
CREATE TABLE source_files (
    account_id  INTEGER NOT NULL REFERENCES accounts(id),
    rel_path    TEXT NOT NULL,          -- case-folded, '/' separated
    media_id    INTEGER NOT NULL REFERENCES media(id),
    PRIMARY KEY (account_id, rel_path)
);

CREATE TABLE tags (
    id          INTEGER PRIMARY KEY,
    parent_id   INTEGER REFERENCES tags(id) ON DELETE CASCADE,
    name        TEXT NOT NULL CHECK (name <> '' AND instr(name, '/') = 0),
    path        TEXT NOT NULL UNIQUE,   -- 旅行/2009 北京
    color       TEXT
);

CREATE TABLE memory_tags (
    memory_id   INTEGER NOT NULL REFERENCES memories(id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (memory_id, tag_id)
);
CREATE INDEX memory_tags_tag ON memory_tags (tag_id);

CREATE TABLE problems (
    id          INTEGER PRIMARY KEY,
    import_id   INTEGER REFERENCES imports(id),
    file        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('missing', 'placeholder', 'zero-byte', 'corrupt', 'unreadable',
                                             'encoding', 'unsafe-path', 'too-large', 'unsupported', 'vanished',
                                             'malformed')),
    message     TEXT NOT NULL,
    memory_key  TEXT NOT NULL DEFAULT '',   -- the memory the file belongs to, '' when none
    media_id    INTEGER REFERENCES media(id) ON DELETE CASCADE,  -- a missing file: solved when it arrives
    UNIQUE (file, kind, memory_key)
);

-- Full-text index. Text goes in pre-segmented by SearchIndex (every CJK character its own
-- token), so a phrase query finds any run of characters, one character or twenty.
CREATE TABLE search_docs (
    memory_id   INTEGER PRIMARY KEY REFERENCES memories(id) ON DELETE CASCADE,
    plain       TEXT NOT NULL           -- what the index holds, unsegmented, for snippets and tests
);
CREATE VIRTUAL TABLE search_fts USING fts5 (segmented, tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER search_docs_delete AFTER DELETE ON search_docs BEGIN
    DELETE FROM search_fts WHERE rowid = old.memory_id;
END;
