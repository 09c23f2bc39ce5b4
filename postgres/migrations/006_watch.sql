-- The feeds and pages that parallax watch follows, and what it knows of
-- each between runs: the validators of its last full answer (for
-- conditional requests), when it was polled and is next due, and its
-- failures in a row (for the backoff). Times are Unix milliseconds, 0 for
-- never, as in the SQLite store.
CREATE TABLE watch_sources (
	url           text PRIMARY KEY,
	added_at      bigint NOT NULL,
	etag          text NOT NULL,
	last_modified text NOT NULL,
	last_poll     bigint NOT NULL,
	next_poll     bigint NOT NULL,
	failures      integer NOT NULL,
	last_error    text NOT NULL
);

-- The items each feed has listed, by the feed's own id for them, in the
-- order they arrived (seq): pending until stored (done) or given up
-- (failed), so a restart fetches none twice and loses none. data is the
-- item's content in the feed, kept while it is pending.
CREATE TABLE watch_items (
	source     text NOT NULL REFERENCES watch_sources (url) ON DELETE CASCADE,
	id         text NOT NULL,
	seq        bigint GENERATED ALWAYS AS IDENTITY,
	url        text NOT NULL,
	title      text NOT NULL,
	outlet     text NOT NULL,
	published  text NOT NULL,
	kind       text NOT NULL,
	data       text NOT NULL,
	state      text NOT NULL,
	attempts   integer NOT NULL,
	next_try   bigint NOT NULL,
	last_error text NOT NULL,
	seen_at    bigint NOT NULL,
	PRIMARY KEY (source, id)
);

CREATE INDEX watch_items_pending ON watch_items (next_try) WHERE state = 'pending';
