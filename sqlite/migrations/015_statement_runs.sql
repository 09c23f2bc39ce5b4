-- A document's statements are numbered within it, and their order across
-- documents is kept in statement_runs: each run a stretch of consecutive
-- statements of one document. An analysis then rewrites a document's
-- statements only when they changed. The statements stored are renumbered
-- here, each run found as the statements of one document whose position
-- less their number within the document is the same.
CREATE TABLE statement_runs (
	pos   INTEGER PRIMARY KEY,
	doc   TEXT NOT NULL,
	first INTEGER NOT NULL,
	n     INTEGER NOT NULL
);
CREATE TEMP TABLE numbered AS
	SELECT id, doc, pos, ROW_NUMBER() OVER (PARTITION BY doc ORDER BY pos) - 1 AS k FROM statements;
INSERT INTO statement_runs (pos, doc, first, n)
	SELECT ROW_NUMBER() OVER (ORDER BY MIN(pos)) - 1, doc, MIN(k), COUNT(*)
	FROM numbered GROUP BY doc, pos - k;
UPDATE statements SET pos = (SELECT k FROM numbered WHERE numbered.id = statements.id);
DROP TABLE numbered;
-- The digests held for tables grouped before; the statements had none,
-- so the next analysis writes every grouped table whole.
UPDATE analysis_stamp SET digests = -1;
