-- A person's avatar is a file of the vault: linked by the import that finds it (QZoneExport's
-- Common/images/<uin>, Time-Machine's media/avatars/<uin>.jpg), shown on cards and pages.
ALTER TABLE people ADD COLUMN avatar_media_id INTEGER REFERENCES media(id) ON DELETE SET NULL;
UPDATE people SET avatar_media_id = (
    SELECT sf.media_id FROM source_files sf JOIN media md ON md.id = sf.media_id
    WHERE md.status = 'ok' AND sf.rel_path IN ('common/images/' || people.uin,
                                               'media/avatars/' || people.uin || '.jpg')
    ORDER BY sf.rel_path LIMIT 1)
WHERE uin IS NOT NULL;
