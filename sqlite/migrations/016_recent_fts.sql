-- A second full-text index over the 50,000 most recently stored documents
-- only. bm25 weighs each word by how many documents hold it, and counts
-- them by reading the word's whole entry in the index it ranks with: for a
-- word in most of a million documents, more than the rest of a search.
-- A search matching more than it counts ranks its latest matches with
-- this index instead, when they all lie in it, so that weighing a word
-- reads at most this many documents. Contentless, since the text is kept
-- in documents, and deleting by rowid alone, so that a document leaving
-- the window need not be read back.
CREATE VIRTUAL TABLE documents_recent_fts USING fts5 (
	title, body,
	content = '', contentless_delete = 1
);

INSERT INTO documents_recent_fts (rowid, title, body)
	SELECT seq, title, body FROM documents
	WHERE seq > (SELECT coalesce(max(seq), 0) FROM documents) - 50000;

-- Documents are numbered without gaps, so the one leaving the window is
-- the one 50,000 before the new one.
CREATE TRIGGER documents_recent_fts_insert AFTER INSERT ON documents BEGIN
	INSERT INTO documents_recent_fts (rowid, title, body) VALUES (new.seq, new.title, new.body);
	DELETE FROM documents_recent_fts WHERE rowid = new.seq - 50000;
END;

CREATE TRIGGER documents_recent_fts_delete AFTER DELETE ON documents BEGIN
	DELETE FROM documents_recent_fts WHERE rowid = old.seq;
END;

-- A document older than the window stays out of it, so that the index
-- holds every document from its oldest on and no older one.
CREATE TRIGGER documents_recent_fts_update AFTER UPDATE OF title, body ON documents BEGIN
	DELETE FROM documents_recent_fts WHERE rowid = old.seq;
	INSERT INTO documents_recent_fts (rowid, title, body)
		SELECT new.seq, new.title, new.body
		WHERE new.seq > (SELECT max(seq) FROM documents) - 50000;
END;
