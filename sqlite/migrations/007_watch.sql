-- The feeds and pages that parallax watch follows, and what it knows of
-- each between runs: the validators of its last full answer (for
-- conditional requests), when it was polled and is next due, and its
-- failures in a row (for the backoff). Times are Unix milliseconds, 0 for
-- never.
CREATE TABLE watch_sources (
	url           TEXT PRIMARY KEY,
	added_at      INTEGER NOT NULL,
	etag          TEXT NOT NULL,
	last_modified TEXT NOT NULL,
	last_poll     INTEGER NOT NULL,
	next_poll     INTEGER NOT NULL,
	failures      INTEGER NOT NULL,
	last_error    TEXT NOT NULL
);

-- The items each feed has listed, by the feed's own id for them, in the
-- order they arrived (rowid): pending until stored (done) or given up
-- (failed), so a restart fetches none twice and loses none. data is the
-- item's content in the feed, kept while it is pending.
CREATE TABLE watch_items (
	source     TEXT NOT NULL REFERENCES watch_sources (url) ON DELETE CASCADE,
	id         TEXT NOT NULL,
	url        TEXT NOT NULL,
	title      TEXT NOT NULL,
	outlet     TEXT NOT NULL,
	published  TEXT NOT NULL,
	kind       TEXT NOT NULL,
	data       TEXT NOT NULL,
	state      TEXT NOT NULL,
	attempts   INTEGER NOT NULL,
	next_try   INTEGER NOT NULL,
	last_error TEXT NOT NULL,
	seen_at    INTEGER NOT NULL,
	PRIMARY KEY (source, id)
);

CREATE INDEX watch_items_pending ON watch_items (next_try) WHERE state = 'pending';
