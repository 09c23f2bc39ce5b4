-- What the page of each story shows, stored with the analysis it was made
-- from: a server shows a story by reading its row, not the whole analysis.
CREATE TABLE story_pages (
	story text PRIMARY KEY,
	pos   integer NOT NULL,
	page  bytea NOT NULL
);
