-- The index of the latest documents is rebuilt whole every 50,000
-- documents rather than losing its oldest document as each new one comes:
-- FTS5 keeps the entries of a document deleted from a contentless index
-- until it merges their segment, and a search reads them too and checks
-- each against the deletions, which cost more than the index saved. The
-- index now holds from 50,000 to 99,999 of the latest documents, every one
-- from its oldest on, and FTS5 needs a document's text only to delete it,
-- which documents keeps.
DROP TRIGGER documents_recent_fts_insert;
DROP TRIGGER documents_recent_fts_delete;
DROP TRIGGER documents_recent_fts_update;
DROP TABLE documents_recent_fts;

CREATE VIRTUAL TABLE documents_recent_fts USING fts5 (
	title, body,
	content = ''
);

INSERT INTO documents_recent_fts (rowid, title, body)
	SELECT seq, title, body FROM documents
	WHERE seq > (SELECT coalesce(max(seq), 0) / 50000 * 50000 - 50000 FROM documents);

-- Documents are numbered without gaps, so every 50,000th starts the index
-- again from the 50,000 latest.
CREATE TRIGGER documents_recent_fts_insert AFTER INSERT ON documents BEGIN
	INSERT INTO documents_recent_fts (documents_recent_fts) SELECT 'delete-all' WHERE new.seq % 50000 = 0;
	INSERT INTO documents_recent_fts (rowid, title, body)
		SELECT seq, title, body FROM documents
		WHERE seq > new.seq - CASE WHEN new.seq % 50000 = 0 THEN 50000 ELSE 1 END;
END;

CREATE TRIGGER documents_recent_fts_delete AFTER DELETE ON documents
WHEN old.seq >= (SELECT rowid FROM documents_recent_fts ORDER BY rowid LIMIT 1) BEGIN
	INSERT INTO documents_recent_fts (documents_recent_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
END;

CREATE TRIGGER documents_recent_fts_update AFTER UPDATE OF title, body ON documents
WHEN old.seq >= (SELECT rowid FROM documents_recent_fts ORDER BY rowid LIMIT 1) BEGIN
	INSERT INTO documents_recent_fts (documents_recent_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
	INSERT INTO documents_recent_fts (rowid, title, body) VALUES (new.seq, new.title, new.body);
END;
