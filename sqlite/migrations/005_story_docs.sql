-- Which story holds each document, one row per pair: the search's story
-- facet and filter look a document's story up by its id instead of
-- unpacking every story's list of documents.
CREATE TABLE story_docs (
	story TEXT NOT NULL,
	doc   TEXT NOT NULL,
	PRIMARY KEY (doc, story)
) WITHOUT ROWID;

CREATE INDEX story_docs_story ON story_docs (story);

INSERT OR IGNORE INTO story_docs (story, doc)
SELECT s.id, j.value FROM stories s, json_each(CASE json_type(s.docs) WHEN 'array' THEN s.docs END) j;
