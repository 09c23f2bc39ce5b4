-- An analysis rewrites an entity's mentions only when they changed, while
-- the entities are rewritten whole: so mentions no longer hang from the
-- entities by a foreign key (deleting the entities would take every
-- mention with them), and the table is made again without one.
CREATE TABLE mentions_new (
	entity     TEXT NOT NULL,
	pos        INTEGER NOT NULL,
	doc        TEXT NOT NULL,
	rune_start INTEGER NOT NULL,
	rune_end   INTEGER NOT NULL,
	text       TEXT NOT NULL,
	PRIMARY KEY (entity, pos)
);
INSERT INTO mentions_new SELECT entity, pos, doc, rune_start, rune_end, text FROM mentions;
DROP TABLE mentions;
ALTER TABLE mentions_new RENAME TO mentions;
CREATE INDEX mentions_doc ON mentions (doc);

-- A digest of each group of rows stored (the mentions of one entity),
-- to tell which changed. They hold for the analysis whose stamp is
-- analysis_stamp.digests: a build that does not keep them stores an
-- analysis without them, and leaves them behind.
CREATE TABLE group_digests (
	tbl    TEXT NOT NULL,
	grp    TEXT NOT NULL,
	digest BLOB NOT NULL,
	PRIMARY KEY (tbl, grp)
);
ALTER TABLE analysis_stamp ADD COLUMN digests INTEGER NOT NULL DEFAULT -1;
