-- A number that grows each time an analysis is stored, so that a server
-- can tell, cheaply, that another process stored a newer one.
CREATE TABLE analysis_stamp (
	id    INTEGER PRIMARY KEY CHECK (id = 1),
	stamp BIGINT NOT NULL
);
INSERT INTO analysis_stamp (id, stamp) VALUES (1, 0);
