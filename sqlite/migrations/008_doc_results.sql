-- What the per-document analysis stages found in each document, kept for
-- the next analysis: valid while the analysers' version and the hash of
-- what they read are the same.
CREATE TABLE doc_results (
	doc     TEXT PRIMARY KEY,
	version TEXT NOT NULL,
	input   TEXT NOT NULL,
	data    BLOB NOT NULL
);
CREATE INDEX doc_results_version ON doc_results (version);
