-- Documents, one row per extracted article. seq is the insertion order: it
-- orders Documents and links the full-text index, and, being the rowid
-- alias, it survives VACUUM unchanged.
CREATE TABLE documents (
	id              TEXT PRIMARY KEY NOT NULL,
	seq             INTEGER NOT NULL UNIQUE,
	source          TEXT NOT NULL,
	url             TEXT NOT NULL,
	title           TEXT NOT NULL,
	outlet          TEXT NOT NULL,
	author          TEXT NOT NULL,
	published       TEXT NOT NULL,
	published_basis TEXT NOT NULL,
	lang            TEXT NOT NULL,
	body            TEXT NOT NULL,
	revision        INTEGER NOT NULL,
	previous        TEXT NOT NULL,
	ingested_at     TEXT NOT NULL,
	comments        TEXT NOT NULL, -- JSON array of parallax.Comment, or null
	captions        TEXT NOT NULL, -- JSON array of strings, or null
	furniture       TEXT NOT NULL, -- JSON array of strings, or null
	foreign_spans   TEXT NOT NULL  -- JSON array of parallax.LangSpan, or null
);

-- Revisions: the latest version stored at a URL. Documents without a URL
-- never link, so they stay out of the index.
CREATE UNIQUE INDEX documents_url_revision ON documents (url, revision) WHERE url <> '';

-- Full-text index over title and body, its text kept in documents.
CREATE VIRTUAL TABLE documents_fts USING fts5 (
	title, body,
	content = 'documents', content_rowid = 'seq'
);

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
	INSERT INTO documents_fts (rowid, title, body) VALUES (new.seq, new.title, new.body);
END;

CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
	INSERT INTO documents_fts (documents_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
END;

CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, body ON documents BEGIN
	INSERT INTO documents_fts (documents_fts, rowid, title, body) VALUES ('delete', old.seq, old.title, old.body);
	INSERT INTO documents_fts (rowid, title, body) VALUES (new.seq, new.title, new.body);
END;
