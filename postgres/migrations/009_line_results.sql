-- What the comparison found in each storyline of the latest analysis,
-- kept for the next one: valid while the analysers' version and the hash
-- of what the comparison read of the storyline are the same.
CREATE TABLE line_results (
	input   text PRIMARY KEY,
	version text NOT NULL,
	data    bytea NOT NULL
);
