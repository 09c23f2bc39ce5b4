-- Documents, one row per extracted article. seq is the insertion order: it
-- orders Documents, which pages through it.
CREATE TABLE documents (
	id              text PRIMARY KEY,
	seq             bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
	source          text NOT NULL,
	url             text NOT NULL,
	title           text NOT NULL,
	outlet          text NOT NULL,
	author          text NOT NULL,
	published       text NOT NULL,
	published_basis text NOT NULL,
	lang            text NOT NULL,
	body            text NOT NULL,
	revision        integer NOT NULL,
	previous        text NOT NULL,
	ingested_at     timestamptz NOT NULL DEFAULT now(),
	comments        jsonb NOT NULL, -- array of parallax.Comment, or null
	captions        jsonb NOT NULL, -- array of strings, or null
	furniture       jsonb NOT NULL, -- array of strings, or null
	foreign_spans   jsonb NOT NULL, -- array of parallax.LangSpan, or null
	-- The words of the title (weight A) and the body (weight B), split and
	-- folded by the application as SQLite's index does (package
	-- searchtext), so both stores match the same words whatever the
	-- server's locale and extensions.
	fts             tsvector NOT NULL
);

-- Revisions: the latest version stored at a URL. Documents without a URL
-- never link, so they stay out of the index.
CREATE UNIQUE INDEX documents_url_revision ON documents (url, revision) WHERE url <> '';

CREATE INDEX documents_fts ON documents USING gin (fts);
