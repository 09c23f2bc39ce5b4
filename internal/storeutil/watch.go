package storeutil

import (
	"time"

	"github.com/parallax-news/parallax"
)

// WatchSourceColumns are the columns of watch_sources, in the order of
// WatchSourceValues and ScanWatchSource.
const WatchSourceColumns = `url, added_at, etag, last_modified, last_poll, next_poll, failures, last_error`

// WatchSourceValues returns s's values for WatchSourceColumns.
func WatchSourceValues(s parallax.WatchSource) []any {
	return []any{s.URL, WatchMillis(s.Added), s.ETag, s.LastModified, WatchMillis(s.LastPoll), WatchMillis(s.NextPoll), s.Failures, s.LastError}
}

// ScanWatchSource reads a row of WatchSourceColumns.
func ScanWatchSource(r Row) (parallax.WatchSource, error) {
	var s parallax.WatchSource
	var added, last, next int64
	err := r.Scan(&s.URL, &added, &s.ETag, &s.LastModified, &last, &next, &s.Failures, &s.LastError)
	s.Added, s.LastPoll, s.NextPoll = fromMillis(added), fromMillis(last), fromMillis(next)
	return s, err
}

// WatchItemColumns are the columns of watch_items, in the order of
// WatchItemValues and ScanWatchItem.
const WatchItemColumns = `source, id, url, title, outlet, published, kind, data, state, attempts, next_try, last_error, seen_at`

// WatchItemValues returns it's values for WatchItemColumns.
func WatchItemValues(it parallax.WatchItem) []any {
	return []any{it.Source, it.ID, it.URL, it.Title, it.Outlet, it.Published, string(it.Kind), it.Data, it.State,
		it.Attempts, WatchMillis(it.NextTry), it.LastError, WatchMillis(it.Seen)}
}

// ScanWatchItem reads a row of WatchItemColumns.
func ScanWatchItem(r Row) (parallax.WatchItem, error) {
	var it parallax.WatchItem
	var kind string
	var next, seen int64
	err := r.Scan(&it.Source, &it.ID, &it.URL, &it.Title, &it.Outlet, &it.Published, &kind, &it.Data, &it.State,
		&it.Attempts, &next, &it.LastError, &seen)
	it.Kind, it.NextTry, it.Seen = parallax.Kind(kind), fromMillis(next), fromMillis(seen)
	return it, err
}

// WatchMillis is how a time is stored in the watch tables: Unix
// milliseconds, 0 for the zero time, so both stores compare them alike.
func WatchMillis(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixMilli()
}

func fromMillis(ms int64) time.Time {
	if ms == 0 {
		return time.Time{}
	}
	return time.UnixMilli(ms).UTC()
}
