-- What the pipeline derived from the documents, replaced as a whole by
-- PutAnalysis. pos keeps each list in the order the pipeline produced it.
-- Lists of ids are JSON columns: nothing looks them up one by one.

CREATE TABLE entities (
	id      text PRIMARY KEY,
	pos     integer NOT NULL,
	type    text NOT NULL,
	name    text NOT NULL,
	aliases jsonb NOT NULL -- array of strings, or null
);

CREATE TABLE mentions (
	entity     text NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
	pos        integer NOT NULL,
	doc        text NOT NULL,
	rune_start integer NOT NULL,
	rune_end   integer NOT NULL,
	text       text NOT NULL,
	PRIMARY KEY (entity, pos)
);
CREATE INDEX mentions_doc ON mentions (doc);

CREATE TABLE statements (
	id              text PRIMARY KEY,
	pos             integer NOT NULL,
	doc             text NOT NULL,
	speaker         text NOT NULL,
	speaker_name    text NOT NULL,
	speaker_for     text NOT NULL,
	speaker_mention text NOT NULL,
	cue             text NOT NULL,
	date            text NOT NULL,
	venue           text NOT NULL,
	direct          boolean NOT NULL,
	content         text NOT NULL,
	rune_start      integer NOT NULL,
	rune_end        integer NOT NULL,
	question        text NOT NULL,
	stance          text NOT NULL
);
CREATE INDEX statements_doc ON statements (doc);
CREATE INDEX statements_speaker ON statements (speaker);

CREATE TABLE questions (
	id         text PRIMARY KEY,
	pos        integer NOT NULL,
	label      text NOT NULL,
	statements jsonb NOT NULL -- array of statement ids, or null
);

CREATE TABLE conflicts (
	pos         integer PRIMARY KEY,
	a           text NOT NULL,
	b           text NOT NULL,
	kind        text NOT NULL,
	explanation text NOT NULL
);

CREATE TABLE duplicates (
	pos            integer PRIMARY KEY,
	doc            text NOT NULL,
	representative text NOT NULL
);

CREATE TABLE stories (
	id    text PRIMARY KEY,
	pos   integer NOT NULL,
	label text NOT NULL,
	docs  jsonb NOT NULL -- array of document ids, or null
);

CREATE TABLE threads (
	id      text PRIMARY KEY,
	pos     integer NOT NULL,
	label   text NOT NULL,
	stories jsonb NOT NULL -- array of story ids, or null
);

CREATE TABLE timeline (
	pos        integer PRIMARY KEY,
	date       text NOT NULL,
	event      text NOT NULL,
	basis      text NOT NULL, -- how the date was obtained
	docs       jsonb NOT NULL, -- array of document ids, or null
	statements jsonb NOT NULL  -- array of statement ids, or null
);
