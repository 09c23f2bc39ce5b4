-- The index of the latest documents is dropped: keeping it doubled what
-- storing a document cost, and a search matching more than it counts now
-- lists its latest matches newest first instead of ranking them.
DROP TRIGGER documents_recent_fts_insert;
DROP TRIGGER documents_recent_fts_delete;
DROP TRIGGER documents_recent_fts_update;
DROP TABLE documents_recent_fts;
