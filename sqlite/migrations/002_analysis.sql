-- What the pipeline derived from the documents, replaced as a whole by
-- PutAnalysis. pos keeps each list in the order the pipeline produced it.
-- Lists of ids are JSON columns: nothing looks them up one by one.

CREATE TABLE entities (
	id      TEXT PRIMARY KEY NOT NULL,
	pos     INTEGER NOT NULL,
	type    TEXT NOT NULL,
	name    TEXT NOT NULL,
	aliases TEXT NOT NULL -- JSON array of strings, or null
);

CREATE TABLE mentions (
	entity     TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
	pos        INTEGER NOT NULL,
	doc        TEXT NOT NULL,
	rune_start INTEGER NOT NULL,
	rune_end   INTEGER NOT NULL,
	text       TEXT NOT NULL,
	PRIMARY KEY (entity, pos)
);
CREATE INDEX mentions_doc ON mentions (doc);

CREATE TABLE statements (
	id              TEXT PRIMARY KEY NOT NULL,
	pos             INTEGER NOT NULL,
	doc             TEXT NOT NULL,
	speaker         TEXT NOT NULL,
	speaker_name    TEXT NOT NULL,
	speaker_for     TEXT NOT NULL,
	speaker_mention TEXT NOT NULL,
	cue             TEXT NOT NULL,
	date            TEXT NOT NULL,
	venue           TEXT NOT NULL,
	direct          INTEGER NOT NULL,
	content         TEXT NOT NULL,
	rune_start      INTEGER NOT NULL,
	rune_end        INTEGER NOT NULL,
	question        TEXT NOT NULL,
	stance          TEXT NOT NULL
);
CREATE INDEX statements_doc ON statements (doc);
CREATE INDEX statements_speaker ON statements (speaker);

CREATE TABLE questions (
	id         TEXT PRIMARY KEY NOT NULL,
	pos        INTEGER NOT NULL,
	label      TEXT NOT NULL,
	statements TEXT NOT NULL -- JSON array of statement ids, or null
);

CREATE TABLE conflicts (
	pos     INTEGER PRIMARY KEY,
	a       TEXT NOT NULL,
	b       TEXT NOT NULL,
	kind    TEXT NOT NULL,
	explanation TEXT NOT NULL
);

CREATE TABLE duplicates (
	pos            INTEGER PRIMARY KEY,
	doc            TEXT NOT NULL,
	representative TEXT NOT NULL
);

CREATE TABLE stories (
	id    TEXT PRIMARY KEY NOT NULL,
	pos   INTEGER NOT NULL,
	label TEXT NOT NULL,
	docs  TEXT NOT NULL -- JSON array of document ids, or null
);

CREATE TABLE threads (
	id      TEXT PRIMARY KEY NOT NULL,
	pos     INTEGER NOT NULL,
	label   TEXT NOT NULL,
	stories TEXT NOT NULL -- JSON array of story ids, or null
);

CREATE TABLE timeline (
	pos        INTEGER PRIMARY KEY,
	date       TEXT NOT NULL,
	event      TEXT NOT NULL,
	docs       TEXT NOT NULL, -- JSON array of document ids, or null
	statements TEXT NOT NULL  -- JSON array of statement ids, or null
);
