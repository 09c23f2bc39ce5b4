-- Which story holds each document, one row per pair: the search's story
-- facet and filter look a document's story up by its id instead of
-- unpacking every story's list of documents.
CREATE TABLE story_docs (
	story text NOT NULL,
	doc   text NOT NULL,
	PRIMARY KEY (doc, story)
);

CREATE INDEX story_docs_story ON story_docs (story);

INSERT INTO story_docs (story, doc)
SELECT s.id, j.doc
FROM stories s
CROSS JOIN LATERAL jsonb_array_elements_text(CASE jsonb_typeof(s.docs) WHEN 'array' THEN s.docs END) AS j (doc)
ON CONFLICT DO NOTHING;
