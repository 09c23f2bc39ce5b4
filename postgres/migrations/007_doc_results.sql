-- What the per-document analysis stages found in each document, kept for
-- the next analysis: valid while the analysers' version and the hash of
-- what they read are the same.
CREATE TABLE doc_results (
	doc     text PRIMARY KEY,
	version text NOT NULL,
	input   text NOT NULL,
	data    bytea NOT NULL
);
CREATE INDEX doc_results_version ON doc_results (version);
